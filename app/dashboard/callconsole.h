// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtCore/QPointer>
#include <QtWidgets/QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
QT_END_NAMESPACE

namespace Eureka {
class ServiceCaller;
}

class ApplicationListModel;
class CallHistoryModel;
class CallTimeline;

// The HA call console: pick an application, a path, a method and a strategy, run the call
// through the library's ServiceCaller and see every attempt on a timeline; the last calls
// stay in a list.
class CallConsole : public QWidget
{
    Q_OBJECT

public:
    explicit CallConsole(QWidget *parent = nullptr);

    void setCaller(Eureka::ServiceCaller *caller, ApplicationListModel *applications);
    CallHistoryModel *history() const { return m_history; }
    CallTimeline *timeline() const { return m_timeline; }

    void setApplication(const QString &app);
    void setPath(const QString &path);
    void setStrategy(int index); // 0 RANDOM, 1 STICK, 2 OTHER
    // The attempts of the call in history row \a row as curl commands, one per instance tried
    // (URLs carry no user info, so no password either).
    QString curlForCall(int row) const;

public Q_SLOTS:
    void run();

Q_SIGNALS:
    void callFinished(bool ok);

private:
    void showCall(int row);
    void refreshApplications();

    QPointer<Eureka::ServiceCaller> m_caller;
    QPointer<ApplicationListModel> m_applications;
    QComboBox *m_app;
    QComboBox *m_method;
    QLineEdit *m_path;
    QComboBox *m_strategy;
    QSpinBox *m_attemptTimeout;
    QSpinBox *m_hedge;
    QPushButton *m_run;
    QPushButton *m_curl;
    CallHistoryModel *m_history;
    QListView *m_historyView;
    CallTimeline *m_timeline;
    QPlainTextEdit *m_answer;
};
