// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "profiledialog.h"

#include <QtWidgets/QCheckBox>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QVBoxLayout>

ProfileDialog::ProfileDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_urls(new QPlainTextEdit(this))
    , m_dnsDomain(new QLineEdit(this))
    , m_region(new QLineEdit(this))
    , m_zone(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_caFile(new QLineEdit(this))
    , m_selfSignedHost(new QLineEdit(this))
    , m_selfSignedSha256(new QLineEdit(this))
    , m_readOnly(new QCheckBox(tr("Read-only: no admin actions"), this))
    , m_watch(new QCheckBox(tr("Watch in the tray"), this))
    , m_fetchSeconds(new QSpinBox(this))
    , m_historyDays(new QSpinBox(this))
    , m_graceSeconds(new QSpinBox(this))
    , m_reminderMinutes(new QSpinBox(this))
    , m_notice(new QLabel(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Connection profile"));
    m_urls->setPlaceholderText(tr("One per line, e.g. http://eureka-1:8761/eureka/"));
    m_urls->setTabChangesFocus(true);
    m_urls->setFixedHeight(m_urls->fontMetrics().lineSpacing() * 4 + 10);
    m_dnsDomain->setPlaceholderText(tr("Instead of URLs: DNS TXT discovery, e.g. example.com"));
    m_password->setEchoMode(QLineEdit::Password);
    m_selfSignedSha256->setPlaceholderText(tr("SHA-256 fingerprint, hex"));
    m_fetchSeconds->setRange(1, 3600);
    m_fetchSeconds->setSuffix(tr(" s"));
    m_historyDays->setRange(1, 3650);
    m_historyDays->setSuffix(tr(" days"));
    m_historyDays->setToolTip(tr("Status changes older than this are forgotten."));
    m_graceSeconds->setRange(0, 86400);
    m_graceSeconds->setSuffix(tr(" s"));
    m_graceSeconds->setToolTip(tr("The tray tells of an instance only once it has not been UP for this long: a restart is not news."));
    m_reminderMinutes->setRange(0, 10080);
    m_reminderMinutes->setSuffix(tr(" min"));
    m_reminderMinutes->setSpecialValueText(tr("never"));
    m_notice->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828"));

    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("CA certificate"), {}, tr("PEM certificates (*.pem *.crt)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    auto *ca = new QHBoxLayout;
    ca->addWidget(m_caFile, 1);
    ca->addWidget(browse);
    auto *pin = new QHBoxLayout;
    pin->addWidget(m_selfSignedHost, 1);
    pin->addWidget(m_selfSignedSha256, 2);

    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Server URLs"), m_urls);
    form->addRow(tr("DNS domain"), m_dnsDomain);
    form->addRow(tr("Region"), m_region);
    form->addRow(tr("Zone"), m_zone);
    form->addRow(tr("User"), m_user);
    form->addRow(tr("Password"), m_password);
    form->addRow(tr("Private CA"), ca);
    form->addRow(tr("Accept self-signed"), pin);
    form->addRow(tr("Fetch every"), m_fetchSeconds);
    form->addRow(tr("Keep history for"), m_historyDays);
    form->addRow(tr("Notify when not UP for"), m_graceSeconds);
    form->addRow(tr("Remind every"), m_reminderMinutes);
    form->addRow(QString(), m_readOnly);
    form->addRow(QString(), m_watch);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_notice);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setProfile(ConnectionProfile(), QString());
}

void ProfileDialog::setProfile(const ConnectionProfile &p, const QString &password)
{
    m_name->setText(p.name);
    m_urls->setPlainText(p.serverUrls.join(QLatin1Char('\n')));
    m_dnsDomain->setText(p.dnsDomain);
    m_region->setText(p.region);
    m_zone->setText(p.zone);
    m_user->setText(p.username);
    m_password->setText(password);
    m_caFile->setText(p.caCertificateFile);
    m_selfSignedHost->setText(p.selfSignedHost);
    m_selfSignedSha256->setText(p.selfSignedSha256);
    m_readOnly->setChecked(p.readOnly);
    m_watch->setChecked(p.watchInTray);
    m_fetchSeconds->setValue(int(p.fetchInterval.count() / 1000));
    m_historyDays->setValue(p.historyDays);
    m_graceSeconds->setValue(p.alertGraceSeconds);
    m_reminderMinutes->setValue(p.reminderMinutes);
    m_error->hide();
    m_notice->setVisible(!m_notice->text().isEmpty());
}

ConnectionProfile ProfileDialog::profile() const
{
    ConnectionProfile p;
    p.name = m_name->text().trimmed();
    for (const QString &line : m_urls->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!line.trimmed().isEmpty())
            p.serverUrls.append(line.trimmed());
    }
    p.dnsDomain = m_dnsDomain->text().trimmed();
    p.region = m_region->text().trimmed();
    p.zone = m_zone->text().trimmed();
    p.username = m_user->text();
    p.caCertificateFile = m_caFile->text().trimmed();
    p.selfSignedHost = m_selfSignedHost->text().trimmed();
    p.selfSignedSha256 = m_selfSignedSha256->text().trimmed();
    p.readOnly = m_readOnly->isChecked();
    p.watchInTray = m_watch->isChecked();
    p.fetchInterval = std::chrono::seconds(m_fetchSeconds->value());
    p.historyDays = m_historyDays->value();
    p.alertGraceSeconds = m_graceSeconds->value();
    p.reminderMinutes = m_reminderMinutes->value();
    return p;
}

QString ProfileDialog::password() const { return m_password->text(); }

void ProfileDialog::setKeychainNotice(const QString &notice)
{
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
}

void ProfileDialog::accept()
{
    const QString problem = profile().validate();
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    QDialog::accept();
}
