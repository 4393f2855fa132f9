// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "connectionprofile.h"

#include <QtWidgets/QDialog>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
QT_END_NAMESPACE

// Edits one connection profile. The password goes to the keychain, never to the settings.
class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProfileDialog(QWidget *parent = nullptr);

    void setProfile(const ConnectionProfile &profile, const QString &password);
    ConnectionProfile profile() const;
    QString password() const;
    void setKeychainNotice(const QString &notice);

    void accept() override;

private:
    QLineEdit *m_name;
    QPlainTextEdit *m_urls;
    QLineEdit *m_dnsDomain;
    QLineEdit *m_region;
    QLineEdit *m_zone;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_caFile;
    QLineEdit *m_selfSignedHost;
    QLineEdit *m_selfSignedSha256;
    QCheckBox *m_readOnly;
    QCheckBox *m_watch;
    QSpinBox *m_fetchSeconds;
    QSpinBox *m_historyDays;
    QSpinBox *m_graceSeconds;
    QSpinBox *m_reminderMinutes;
    QLabel *m_notice;
    QLabel *m_error;
};
