// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "callconsole.h"

#include "applicationlistmodel.h"
#include "callhistorymodel.h"
#include "calltimeline.h"

#include <EurekaClient/servicecaller.h>

#include <QtCore/QDateTime>
#include <QtCore/QElapsedTimer>
#include <QtWidgets/QComboBox>
#include <QtGui/QClipboard>
#include <QtGui/QGuiApplication>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListView>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QVBoxLayout>

using namespace Eureka;

CallConsole::CallConsole(QWidget *parent)
    : QWidget(parent)
    , m_app(new QComboBox(this))
    , m_method(new QComboBox(this))
    , m_path(new QLineEdit(QStringLiteral("/"), this))
    , m_strategy(new QComboBox(this))
    , m_attemptTimeout(new QSpinBox(this))
    , m_hedge(new QSpinBox(this))
    , m_run(new QPushButton(tr("Run call"), this))
    , m_curl(new QPushButton(tr("Copy as curl"), this))
    , m_history(new CallHistoryModel(this))
    , m_historyView(new QListView(this))
    , m_timeline(new CallTimeline(this))
    , m_answer(new QPlainTextEdit(this))
{
    m_app->setObjectName(QStringLiteral("callApplication"));
    m_app->setMinimumContentsLength(20);
    m_path->setObjectName(QStringLiteral("callPath"));
    m_run->setObjectName(QStringLiteral("runCallButton"));
    m_method->addItems({QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"), QStringLiteral("DELETE"),
                        QStringLiteral("HEAD")});
    m_strategy->addItem(tr("RANDOM: any UP instance"), int(HaStrategy::Random));
    m_strategy->addItem(tr("STICK: keep one instance"), int(HaStrategy::Stick));
    m_strategy->addItem(tr("OTHER: never the same twice"), int(HaStrategy::Other));
    m_attemptTimeout->setRange(50, 120000);
    m_attemptTimeout->setValue(5000);
    m_attemptTimeout->setSuffix(tr(" ms"));
    m_hedge->setRange(0, 60000);
    m_hedge->setSpecialValueText(tr("off"));
    m_hedge->setSuffix(tr(" ms"));
    m_answer->setReadOnly(true);
    m_answer->setPlaceholderText(tr("The answer of the selected call"));
    m_answer->setMaximumBlockCount(500);
    m_historyView->setModel(m_history);
    m_historyView->setAlternatingRowColors(true);
    m_historyView->setObjectName(QStringLiteral("callHistory"));

    auto *form = new QFormLayout;
    auto *target = new QHBoxLayout;
    target->addWidget(m_method);
    target->addWidget(m_app, 1);
    target->addWidget(m_path, 2);
    form->addRow(tr("Call"), target);
    auto *how = new QHBoxLayout;
    how->addWidget(m_strategy, 1);
    how->addWidget(new QLabel(tr("per attempt"), this));
    how->addWidget(m_attemptTimeout);
    how->addWidget(new QLabel(tr("hedge after"), this));
    how->addWidget(m_hedge);
    how->addWidget(m_run);
    how->addWidget(m_curl);
    form->addRow(tr("Strategy"), how);

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_timeline);
    right->addWidget(m_answer);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_historyView);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setSizes({280, 840});
    right->setSizes({300, 150});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(split, 1);

    connect(m_run, &QPushButton::clicked, this, &CallConsole::run);
    m_curl->setObjectName(QStringLiteral("copyCallAsCurl"));
    m_curl->setToolTip(tr("The shown call's attempts as curl commands"));
    connect(m_curl, &QPushButton::clicked, this, [this] {
        const int row = m_historyView->currentIndex().isValid() ? m_historyView->currentIndex().row() : 0;
        QGuiApplication::clipboard()->setText(curlForCall(row));
    });
    connect(m_path, &QLineEdit::returnPressed, this, &CallConsole::run);
    connect(m_historyView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showCall(current.row()); });
    connect(m_history, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        if (m_historyView->currentIndex().row() == topLeft.row())
            showCall(topLeft.row());
    });
    setCaller(nullptr, nullptr);
}

void CallConsole::setCaller(ServiceCaller *caller, ApplicationListModel *applications)
{
    if (m_applications)
        disconnect(m_applications, nullptr, this, nullptr);
    m_caller = caller;
    m_applications = applications;
    if (applications) {
        connect(applications, &QAbstractItemModel::rowsInserted, this, &CallConsole::refreshApplications);
        connect(applications, &QAbstractItemModel::rowsRemoved, this, &CallConsole::refreshApplications);
    }
    refreshApplications();
    m_run->setEnabled(caller != nullptr);
}

void CallConsole::refreshApplications()
{
    const QString current = m_app->currentText();
    const QStringList names = m_applications ? m_applications->applicationNames() : QStringList();
    QStringList shown;
    for (int i = 0; i < m_app->count(); ++i)
        shown.append(m_app->itemText(i));
    if (shown == names)
        return;
    m_app->clear();
    m_app->addItems(names);
    if (names.contains(current))
        m_app->setCurrentText(current);
}

void CallConsole::setApplication(const QString &app) { m_app->setCurrentText(app); }
void CallConsole::setPath(const QString &path) { m_path->setText(path); }
void CallConsole::setStrategy(int index) { m_strategy->setCurrentIndex(index); }

void CallConsole::run()
{
    if (!m_caller || m_app->currentText().isEmpty())
        return;
    CallOptions options;
    options.method = m_method->currentText().toLatin1();
    options.strategy = HaStrategy(m_strategy->currentData().toInt());
    options.attemptTimeout = std::chrono::milliseconds(m_attemptTimeout->value());
    options.hedgeDelay = std::chrono::milliseconds(m_hedge->value());
    QString path = m_path->text().trimmed();
    if (!path.startsWith(QLatin1Char('/')))
        path.prepend(QLatin1Char('/'));

    CallHistoryModel::Call call;
    call.startedAt = QDateTime::currentMSecsSinceEpoch();
    call.app = m_app->currentText();
    call.method = m_method->currentText();
    call.path = path;
    call.strategy = *options.strategy;
    m_history->addCall(call);
    m_historyView->setCurrentIndex(m_history->index(0));

    ServiceReply *reply = m_caller->call(call.app, path, options);
    // Rows move down as calls are added: find this call again by its start time.
    const auto rowOf = [this, startedAt = call.startedAt, app = call.app] {
        for (int row = 0; row < m_history->rowCount(); ++row) {
            const CallHistoryModel::Call c = m_history->callAt(row);
            if (c.startedAt == startedAt && c.app == app)
                return row;
        }
        return -1;
    };
    connect(reply, &ServiceReply::finished, this, [this, reply, call, rowOf]() mutable {
        reply->deleteLater();
        call.finished = true;
        call.ok = reply->error() == Error::NoError;
        call.httpStatus = reply->httpStatus();
        call.traces = reply->traces();
        call.elapsedMs = QDateTime::currentMSecsSinceEpoch() - call.startedAt;
        call.result = call.ok ? reply->text().left(64 * 1024) : reply->errorString();
        m_history->updateCall(rowOf(), call);
        Q_EMIT callFinished(call.ok);
    });
}

QString CallConsole::curlForCall(int row) const
{
    const CallHistoryModel::Call call = m_history->callAt(row);
    QStringList lines;
    for (const CallTrace &trace : call.traces)
        lines.append(QStringLiteral("curl -X %1 '%2'").arg(call.method, trace.url));
    return lines.isEmpty() ? QString() : lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void CallConsole::showCall(int row)
{
    const CallHistoryModel::Call call = m_history->callAt(row);
    m_timeline->setTraces(call.traces);
    m_answer->setPlainText(call.finished ? call.result : tr("Running…"));
}
