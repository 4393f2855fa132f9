// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/httptransport.h>
#include <EurekaClient/servicecaller.h>

#include <QtCore/QElapsedTimer>
#include <QtCore/QPointer>
#include <QtCore/QTimer>

QT_BEGIN_NAMESPACE

QT_END_NAMESPACE

namespace Eureka {

class ServiceCallerPrivate;

// One service call: walks the candidate instances, one attempt at a time (two while hedging),
// until an instance answers or the candidates or the deadline run out. Lives as a child of
// its ServiceReply, so deleting the reply cancels it.
class ServiceCall : public QObject
{
    Q_OBJECT

public:
    ServiceCall(ServiceCaller *caller, ServiceReply *reply, quint64 id, const QString &app, const QString &path,
                const CallOptions &options, HaStrategy strategy, QList<InstanceInfo> candidates,
                ServiceCaller::Walker walker);
    ~ServiceCall() override;
    void start();

private:
    struct Attempt
    {
        InstanceInfo instance;
        CallTrace trace;
        QElapsedTimer clock;
        QPointer<TransportReply> network;
        QTimer *timer = nullptr;
        bool timedOut = false;
        bool done = false;
    };

    void launch(bool hedged);
    void attemptFinished(Attempt *attempt, int status, Error error, const QString &text);
    void succeed(Attempt *attempt, int status);
    void finish(Error error, const QString &text);
    void record(Attempt *attempt, CallOutcome outcome);
    void abandonOthers(Attempt *winner);
    QUrl urlFor(const InstanceInfo &instance) const;

    ServiceCaller *m_caller;
    ServiceReply *m_reply;
    quint64 m_id;
    QString m_app;
    QString m_path;
    CallOptions m_options;
    HaStrategy m_strategy;
    QList<InstanceInfo> m_candidates;
    ServiceCaller::Walker m_walker;
    qsizetype m_next = 0;
    std::vector<std::unique_ptr<Attempt>> m_attempts;
    QTimer m_deadline;
    QTimer m_hedge;
    QStringList m_failures;
    bool m_finished = false;
};

} // namespace Eureka
