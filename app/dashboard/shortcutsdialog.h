// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtWidgets/QDialog>

QT_BEGIN_NAMESPACE
class QTableWidget;
QT_END_NAMESPACE

// "?": the keyboard shortcuts, key and what it does, as the window's actions define them.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget *parent = nullptr);

    // (keys as shown, what they do), in menu order.
    void setShortcuts(const QList<std::pair<QString, QString>> &rows);
    QList<std::pair<QString, QString>> shortcuts() const;

private:
    QTableWidget *m_table;
};
