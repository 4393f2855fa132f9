// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "registryrouter.h"

#include "../logging_p.h"
#include "gzip.h"

#include <EurekaClient/codec.h>

namespace Eureka {

namespace {

WireFormat responseFormat(const HttpRequest &request)
{
    // Jersey picks the first type the resource produces when the client names none: XML.
    const QByteArray accept = request.header("accept").toLower();
    if (accept.contains("json"))
        return WireFormat::Json;
    return WireFormat::Xml;
}

bool acceptsGzip(const HttpRequest &request)
{
    return request.header("accept-encoding").toLower().contains("gzip");
}

QString segment(const QByteArray &s) { return QString::fromUtf8(s); }

// Constant-time comparison, so the time to reject a password does not tell how much of it
// was right.
bool sameSecret(QByteArrayView a, QByteArrayView b)
{
    unsigned char diff = a.size() == b.size() ? 0 : 1;
    const qsizetype n = qMax(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned char x = i < a.size() ? uchar(a[i]) : 0;
        const unsigned char y = i < b.size() ? uchar(b[i]) : 0;
        diff |= x ^ y;
    }
    return diff == 0;
}

// Only printable ASCII may go into a header line.
QByteArray headerSafe(const QString &text)
{
    QByteArray out = text.toUtf8();
    for (char &c : out) {
        if (uchar(c) < 0x20 || uchar(c) > 0x7e)
            c = '?';
    }
    return out.left(300);
}

InstanceStatus parseStatus(const QString &value, bool *ok)
{
    const InstanceStatus status = instanceStatusFromString(value);
    *ok = status != InstanceStatus::Unknown || value.compare(QLatin1String("UNKNOWN"), Qt::CaseInsensitive) == 0;
    return status;
}

} // namespace

RegistryRouter::RegistryRouter(RegistryStore &store, Settings settings)
    : m_store(store)
    , m_settings(std::move(settings))
{
    while (m_settings.contextPath.endsWith('/'))
        m_settings.contextPath.chop(1);
}

bool RegistryRouter::authorized(const HttpRequest &request) const
{
    if (m_settings.basicAuthorization.isEmpty())
        return true;
    return sameSecret(request.header("authorization"), m_settings.basicAuthorization);
}

HttpResponse RegistryRouter::handle(const HttpRequest &request)
{
    const QByteArray &prefix = m_settings.contextPath;
    QByteArray rest = request.path;
    if (!prefix.isEmpty()) {
        if (!rest.startsWith(prefix) || (rest.size() > prefix.size() && rest.at(prefix.size()) != '/'))
            return HttpResponse::empty(404);
        rest = rest.mid(prefix.size());
    }
    if (!authorized(request)) {
        HttpResponse response = HttpResponse::empty(401);
        response.headers.append(std::pair<QByteArray, QByteArray>("WWW-Authenticate", "Basic realm=\"eureka\""));
        return response;
    }
    QList<QByteArray> segments = rest.split('/');
    segments.removeAll(QByteArray());
    HttpResponse response = route(request, segments);
    qCDebug(lcEurekaServer).noquote() << request.method << request.target << "->" << response.status;
    return response;
}

HttpResponse RegistryRouter::route(const HttpRequest &request, const QList<QByteArray> &segments)
{
    if (segments.isEmpty())
        return HttpResponse::empty(404);
    const QByteArray &root = segments.first();
    const bool get = request.method == "GET" || request.method == "HEAD";
    if (root == "apps")
        return handleApps(request, segments);
    if (root == "instances" && segments.size() == 2) {
        if (!get)
            return HttpResponse::empty(405);
        const InstanceInfo info = m_store.instanceById(segment(segments.at(1)));
        const WireFormat format = responseFormat(request);
        if (info.isNull())
            return HttpResponse::empty(404, mimeType(format));
        return encoded(request, {}, [&](WireFormat f) {
            return Codec::encodeInstance(info, f, Codec::InstanceShape::Registry);
        });
    }
    if ((root == "vips" || root == "svips") && segments.size() == 2) {
        if (!get)
            return HttpResponse::empty(405);
        const Applications apps = m_store.byVip(segment(segments.at(1)), root == "svips");
        return encoded(request, m_settings.readOnlyCacheMs > 0 ? root + '/' + segments.at(1) : QByteArray(),
                       [&](WireFormat f) { return Codec::encodeApplications(apps, f); });
    }
    return HttpResponse::empty(404);
}

HttpResponse RegistryRouter::handleApps(const HttpRequest &request, const QList<QByteArray> &segments)
{
    const QByteArray &method = request.method;
    const bool get = method == "GET" || method == "HEAD";
    const WireFormat format = responseFormat(request);

    if (segments.size() == 1) {
        if (!get)
            return HttpResponse::empty(405);
        // The `regions` parameter is accepted; a single node has only its own region.
        return encoded(request, "apps", [&](WireFormat f) {
            Applications apps = m_store.applications();
            apps.setVersionsDelta(1);
            apps.setAppsHashCode(apps.reconcileHashCode());
            return Codec::encodeApplications(apps, f);
        });
    }
    if (segments.size() == 2 && segments.at(1) == "delta") {
        if (!get)
            return HttpResponse::empty(405);
        return encoded(request, m_settings.readOnlyCacheMs > 0 ? "delta" : QByteArray(),
                       [&](WireFormat f) { return Codec::encodeApplications(m_store.delta(), f); });
    }

    const QString app = segment(segments.at(1)).toUpper();
    if (segments.size() == 2) {
        if (method == "POST")
            return registerInstance(request, app);
        if (!get)
            return HttpResponse::empty(405);
        const Application application = m_store.application(app);
        if (application.isEmpty())
            return HttpResponse::empty(404, mimeType(format));
        return encoded(request, m_settings.readOnlyCacheMs > 0 ? "app/" + app.toUtf8() : QByteArray(),
                       [&](WireFormat f) { return Codec::encodeApplication(application, f); });
    }

    const QString id = segment(segments.at(2));
    if (segments.size() == 3) {
        if (get) {
            const InstanceInfo info = m_store.instance(app, id);
            if (info.isNull())
                return HttpResponse::empty(404, mimeType(format));
            return encoded(request, {}, [&](WireFormat f) {
                return Codec::encodeInstance(info, f, Codec::InstanceShape::Registry);
            });
        }
        if (method == "PUT") {
            bool ok = false;
            const QString dirty = request.query.queryItemValue(QStringLiteral("lastDirtyTimestamp"));
            qint64 lastDirty = dirty.toLongLong(&ok);
            if (!ok)
                lastDirty = -1;
            return HttpResponse::empty(m_store.renew(app, id, lastDirty));
        }
        if (method == "DELETE")
            return HttpResponse::empty(m_store.cancel(app, id) ? 200 : 404);
        return HttpResponse::empty(405);
    }

    if (segments.size() == 4 && segments.at(3) == "status") {
        const QString value = request.query.queryItemValue(QStringLiteral("value"), QUrl::FullyDecoded);
        bool ok = true;
        if (method == "PUT") {
            const InstanceStatus status = parseStatus(value, &ok);
            if (!ok)
                return HttpResponse::empty(400);
            bool dirtyOk = false;
            const qint64 dirty = request.query.queryItemValue(QStringLiteral("lastDirtyTimestamp")).toLongLong(&dirtyOk);
            return HttpResponse::empty(m_store.setStatusOverride(app, id, status, dirtyOk ? dirty : 0) ? 200 : 404);
        }
        if (method == "DELETE") {
            const InstanceStatus status = value.isEmpty() ? InstanceStatus::Unknown : parseStatus(value, &ok);
            if (!ok)
                return HttpResponse::empty(400);
            return HttpResponse::empty(m_store.removeStatusOverride(app, id, status) ? 200 : 404);
        }
        return HttpResponse::empty(405);
    }

    if (segments.size() == 4 && segments.at(3) == "metadata") {
        if (method != "PUT")
            return HttpResponse::empty(405);
        MetadataEntries entries;
        const auto items = request.query.queryItems(QUrl::FullyDecoded);
        for (const auto &[key, value] : items)
            entries.append({key, value});
        return HttpResponse::empty(m_store.updateMetadata(app, id, entries) ? 200 : 404);
    }
    return HttpResponse::empty(404);
}

HttpResponse RegistryRouter::registerInstance(const HttpRequest &request, const QString &app)
{
    QByteArray body = request.body;
    if (request.header("content-encoding").toLower().contains("gzip")) {
        bool ok = false;
        body = Gzip::decompress(body, 1024 * 1024, &ok);
        if (!ok) {
            HttpResponse response = HttpResponse::empty(400, "application/json");
            response.body = R"({"error": "cannot parse request body"})";
            response.headers.append(std::pair<QByteArray, QByteArray>("X-Eureka-Error", "corrupt or oversized gzip body"));
            return response;
        }
    }
    const QByteArray contentType = request.header("content-type");
    WireFormat format = Codec::formatFromContentType(contentType);
    if (contentType.isEmpty() && body.trimmed().startsWith('<'))
        format = WireFormat::Xml;

    CodecError error;
    InstanceInfo info = Codec::decodeInstance(body, format, &error);
    auto badRequest = [](const QString &why, const QByteArray &text = {}) {
        HttpResponse response = HttpResponse::empty(400, text.isEmpty() ? "application/json" : "text/plain");
        // The real server's body for a body it cannot parse; the detail goes in a header so
        // that clients written against Netflix's answer still read the same body.
        response.body = text.isEmpty() ? QByteArray(R"({"error": "cannot parse request body"})") : text;
        response.headers.append(std::pair<QByteArray, QByteArray>("X-Eureka-Error", headerSafe(why)));
        return response;
    };
    if (error.isError())
        return badRequest(error.toString());
    // ApplicationResource.addInstance's checks and messages.
    if (info.instanceId().isEmpty())
        return badRequest(QStringLiteral("Missing instanceId"), "Missing instanceId");
    if (info.hostName().isEmpty())
        return badRequest(QStringLiteral("Missing hostname"), "Missing hostname");
    if (info.ipAddr().isEmpty())
        return badRequest(QStringLiteral("Missing ip address"), "Missing ip address");
    if (info.app().isEmpty())
        return badRequest(QStringLiteral("Missing appName"), "Missing appName");
    if (info.app().toUpper() != app) {
        const QByteArray text = "Mismatched appName, expecting " + app.toUtf8() + " but was " + info.app().toUtf8();
        return badRequest(QString::fromUtf8(text), text);
    }
    if (info.dataCenterInfo().name().isEmpty())
        return badRequest(QStringLiteral("Missing dataCenterInfo Name"), "Missing dataCenterInfo Name");
    // The decoder reads a missing lastDirtyTimestamp as 0; Netflix's server stamps a missing one
    // and keeps a sent "0". JSON's key and XML's element have the same name.
    m_store.registerInstance(info, body.contains("lastDirtyTimestamp"));
    return HttpResponse::empty(204);
}

HttpResponse RegistryRouter::encoded(const HttpRequest &request, const QByteArray &cacheKey,
                                     const std::function<QByteArray(WireFormat)> &encode)
{
    const WireFormat format = responseFormat(request);
    const bool gzip = acceptsGzip(request);
    HttpResponse response;
    response.contentType = mimeType(format);
    response.gzipped = gzip;
    if (cacheKey.isEmpty()) {
        response.body = gzip ? Gzip::compress(encode(format)) : encode(format);
        return response;
    }
    // Full registries are encoded once per change, as Netflix's response cache does;
    // renewals alone do not invalidate it, they only show after the update interval.
    const QByteArray key = cacheKey + (format == WireFormat::Xml ? "/xml" : "/json") + (gzip ? "/gz" : "");
    const qint64 now = m_store.now();
    auto it = m_cache.find(key);
    // With the read-only cache, only age counts: a change waits for the next refresh, as on
    // Netflix's server.
    const bool readOnly = m_settings.readOnlyCacheMs > 0;
    if (it == m_cache.end() || (!readOnly && it->generation != m_store.generation())
        || now - it->encodedAt >= (readOnly ? m_settings.readOnlyCacheMs : m_settings.cacheUpdateIntervalMs)) {
        const QByteArray body = encode(format);
        it = m_cache.insert(key, {m_store.generation(), now, gzip ? Gzip::compress(body, 1) : body});
    }
    response.body = it->body;
    return response;
}

} // namespace Eureka
