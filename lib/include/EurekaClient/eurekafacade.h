// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/eurekaclient.h>
#include <EurekaClient/servicecaller.h>

#include <QtCore/QJsonDocument>
#include <QtCore/QMap>

#include <functional>
#include <optional>

/**
 * python-eureka-client's module functions, for people porting code: init(), do_service(),
 * walk_nodes(), stop(), get_client(), with the seed's parameter names. The facade keeps one
 * process-wide client, as the Python module does; everything else in the library is plain
 * objects you create and own.
 *
 * \code
 * Eureka::Facade::InitParams params;
 * params.eureka_server = QStringLiteral("http://peer1:8761/eureka/,http://peer2:8761/eureka/");
 * params.app_name = QStringLiteral("your_app_name");
 * params.instance_port = 9090;
 * params.ha_strategy = Eureka::HaStrategy::Other;
 * Eureka::Facade::init(params);
 * // in a command-line tool (blocks, see below):
 * const auto res = Eureka::Facade::doServiceBlocking(QStringLiteral("OTHER-SERVICE-NAME"), QStringLiteral("/service/context/path"));
 * qInfo().noquote() << res.text();
 * \endcode
 *
 * The *Blocking functions run a local event loop until the answer is there. Use them only in
 * command-line tools and scripts: in a GUI or a server, timers and events re-enter while they
 * wait. Everywhere else, use the asynchronous functions, which return replies.
 */
namespace Eureka::Facade {

///@{
/** The seed's err_type values passed to on_error: which operation failed. */
inline constexpr char ERROR_REGISTER[] = "register";
inline constexpr char ERROR_RENEW[] = "renew";
inline constexpr char ERROR_STATUS_UPDATE[] = "status_update";
inline constexpr char ERROR_CANCEL[] = "cancel";
inline constexpr char ERROR_DISCOVER[] = "discover";
inline constexpr char ERROR_RESOLVE[] = "resolve";
///@}

/** init()'s parameters, named as python-eureka-client names them. */
struct EUREKACLIENT_EXPORT InitParams
{
    QString eureka_server;                                ///< comma-separated service URLs
    QMap<QString, QStringList> eureka_availability_zones; ///< zone -> service URLs
    QString zone;                                         ///< this client's zone (its servers first)
    QString eureka_domain;                                ///< DNS domain for TXT record discovery
    QString region = QStringLiteral("us-east-1");         ///< region for DNS discovery
    QString eureka_protocol = QStringLiteral("http");     ///< protocol of server URLs that have none
    QString eureka_basic_auth_user;                       ///< HTTP basic auth user
    QString eureka_basic_auth_password;                   ///< HTTP basic auth password (never logged)
    QString eureka_context = QStringLiteral("/eureka");   ///< context path of server URLs that have none
    QString app_name;                                     ///< the application to register
    QString instance_id;                                  ///< empty: host:app:port
    QString instance_host;                                ///< empty: detected
    QString instance_ip;                                  ///< empty: detected
    QString instance_ip_network;                          ///< pick the address inside this CIDR
    int instance_port = 9090;                             ///< the plain HTTP port
    bool instance_unsecure_port_enabled = true;           ///< whether instance_port is offered
    int instance_secure_port = 9443;                      ///< the HTTPS port
    bool instance_secure_port_enabled = false;            ///< whether instance_secure_port is offered
    QString data_center_name = QStringLiteral("MyOwn");   ///< "MyOwn", or "Amazon" for EC2 metadata
    HaStrategy ha_strategy = HaStrategy::Random;          ///< how do_service picks instances
    QMap<QString, QString> metadata;                      ///< registered with the instance
    double renewal_interval_in_secs = 30;                 ///< heartbeat interval
    double duration_in_secs = 90;                         ///< lease duration
    double registry_fetch_interval_in_secs = 30;          ///< registry fetch interval
    bool should_register = true;                          ///< register and heartbeat
    bool should_discover = true;                          ///< keep a local registry
    /** Called with ERROR_* and the message, once every server has been tried. */
    std::function<void(const QString &err_type, const QString &err)> on_error;
};

/** The answer of a blocking call: text() for return_type "string", json() for "json", the
 *  rest for "response_object". */
struct EUREKACLIENT_EXPORT ServiceResult
{
    Error error = Error::NoError;                     ///< NoError for a 2xx answer
    QString errorString;                              ///< what went wrong, naming every attempt
    int httpStatus = 0;                               ///< the HTTP status; 0 when no answer came
    QList<std::pair<QByteArray, QByteArray>> headers; ///< the answer's headers
    QByteArray body;                                  ///< the answer's body
    QVariant walkResult;                              ///< for walk_nodes: what the walker reported
    QList<CallTrace> traces;                          ///< every attempt, in order

    /** True for a 2xx answer. */
    bool ok() const { return error == Error::NoError; }
    /** The body as UTF-8 text (return_type "string"). */
    QString text() const { return QString::fromUtf8(body); }
    /** The body as JSON (return_type "json"); a null document when it is not JSON. */
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
};

/** Creates the process-wide client and starts it (registration, heartbeats, discovery). A
 *  second init() replaces the first client. Needs a QCoreApplication. */
EUREKACLIENT_EXPORT EurekaClient *init(const InitParams &params);
/** The client init() made, or nullptr. */
EUREKACLIENT_EXPORT EurekaClient *getClient();
/** The process-wide service caller (with init()'s ha_strategy), or nullptr before init(). */
EUREKACLIENT_EXPORT ServiceCaller *getServiceCaller();

/** do_service, asynchronous: the reply is owned by the caller. */
EUREKACLIENT_EXPORT ServiceReply *doService(const QString &app, const QString &path, const CallOptions &options = {});
/** walk_nodes, asynchronous. */
EUREKACLIENT_EXPORT ServiceReply *walkNodes(const QString &app, const QString &path, const ServiceCaller::Walker &walker,
                                            const CallOptions &options = {});
/** Cancels the registration and stops; the client emits stopped() when done. */
EUREKACLIENT_EXPORT void stop();
/** EurekaClient::drain(): DOWN, wait until every server shows it, then cancel and stop. */
EUREKACLIENT_EXPORT void drain();

/** do_service, blocking: runs a local event loop until the answer. Command-line tools only. */
EUREKACLIENT_EXPORT ServiceResult doServiceBlocking(const QString &app, const QString &path, const CallOptions &options = {});
/** walk_nodes, blocking. \a walker answers at once: a value for success, nullopt to try the next node. */
EUREKACLIENT_EXPORT ServiceResult walkNodesBlocking(const QString &app, const QString &path,
                                                    const std::function<std::optional<QVariant>(const QUrl &url)> &walker,
                                                    const CallOptions &options = {});
/** stop(), blocking until the cancel is answered (bounded by the stop timeout). */
EUREKACLIENT_EXPORT void stopBlocking();
/** drain(), blocking until stopped (bounded by drainTimeout + stopTimeout). */
EUREKACLIENT_EXPORT void drainBlocking();
/** Blocks until the local registry has been fetched once (or \a timeoutMs passes); true when it was. */
EUREKACLIENT_EXPORT bool waitForRegistryBlocking(int timeoutMs = 10000);

} // namespace Eureka::Facade
