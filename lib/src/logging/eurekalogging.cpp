// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include <EurekaClient/eurekalogging.h>

#include "rotatinglogfile.h"

#include <QtCore/QDateTime>
#include <QtCore/QLoggingCategory>
#include <QtCore/QMap>
#include <QtCore/QMutex>
#include <QtCore/QRegularExpression>

#include <cstdio>
#include <optional>

namespace Eureka::Logging {

namespace {

struct State
{
    QMutex mutex;
    QMap<int, Handler> handlers;
    int nextId = 1;
    RotatingLogFile file;
    bool forward = true;
    bool installed = false;
    QtMessageHandler previous = nullptr;
    std::optional<Level> level;
    QLoggingCategory::CategoryFilter previousFilter = nullptr;
    bool filterInstalled = false;
};

State &state()
{
    static State s;
    return s;
}

bool isLibraryCategory(const char *category)
{
    return category && qstrncmp(category, "eureka.", 7) == 0;
}

const char *typeName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return "debug";
    case QtInfoMsg: return "info";
    case QtWarningMsg: return "warning";
    case QtCriticalMsg: return "critical";
    case QtFatalMsg: return "fatal";
    }
    return "?";
}

void forwardTo(QtMessageHandler handler, QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (handler) {
        handler(type, context, message);
        return;
    }
    std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    State &s = state();
    if (!isLibraryCategory(context.category)) {
        forwardTo(s.previous, type, context, message);
        return;
    }
    const QString safe = redact(message);
    QMap<int, Handler> handlers;
    bool forward = true;
    QtMessageHandler previous = nullptr;
    {
        QMutexLocker lock(&s.mutex);
        handlers = s.handlers;
        forward = s.forward;
        previous = s.previous;
        if (s.file.isOpen()) {
            s.file.write(QStringLiteral("%1 %2 %3: %4\n")
                             .arg(QDateTime::currentDateTime().toString(Qt::ISODateWithMs),
                                  QLatin1String(typeName(type)), QLatin1String(context.category), safe)
                             .toUtf8());
        }
    }
    for (const Handler &handler : std::as_const(handlers))
        handler(type, context.category, safe);
    if (forward)
        forwardTo(previous, type, context, safe);
}

// Called with the mutex held.
void ensureHandlerInstalled(State &s)
{
    if (s.installed)
        return;
    s.installed = true;
    s.previous = qInstallMessageHandler(messageHandler);
}

void categoryFilter(QLoggingCategory *category)
{
    State &s = state();
    if (s.previousFilter)
        s.previousFilter(category); // QT_LOGGING_RULES and the application's own filter first
    if (!s.level || !isLibraryCategory(category->categoryName()))
        return;
    const int lowest = int(*s.level);
    category->setEnabled(QtDebugMsg, lowest <= int(Level::Debug));
    category->setEnabled(QtInfoMsg, lowest <= int(Level::Info));
    category->setEnabled(QtWarningMsg, lowest <= int(Level::Warning));
    category->setEnabled(QtCriticalMsg, lowest <= int(Level::Critical));
}

} // namespace

void setLevel(Level level)
{
    State &s = state();
    s.level = level;
    if (!s.filterInstalled) {
        s.filterInstalled = true;
        s.previousFilter = QLoggingCategory::installFilter(categoryFilter);
    } else {
        QLoggingCategory::installFilter(categoryFilter); // runs the filter again over every category
    }
}

bool parseLevel(const QString &text, Level *level)
{
    static const QMap<QString, Level> names = {{QStringLiteral("debug"), Level::Debug},
                                               {QStringLiteral("info"), Level::Info},
                                               {QStringLiteral("warning"), Level::Warning},
                                               {QStringLiteral("critical"), Level::Critical},
                                               {QStringLiteral("off"), Level::Off}};
    const auto it = names.constFind(text.trimmed().toLower());
    if (it == names.constEnd())
        return false;
    *level = *it;
    return true;
}

int addHandler(Handler handler)
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    ensureHandlerInstalled(s);
    const int id = s.nextId++;
    s.handlers.insert(id, std::move(handler));
    return id;
}

void removeHandler(int id)
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    s.handlers.remove(id);
}

bool setLogFile(const QString &path, qint64 maxBytes, int keepFiles, QString *errorString)
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    ensureHandlerInstalled(s);
    return s.file.open(path, maxBytes, keepFiles, errorString);
}

void closeLogFile()
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    s.file.close();
}

void setForwardToPreviousHandler(bool forward)
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    s.forward = forward;
}

QString redact(const QString &message)
{
    // scheme://user:password@  and  Authorization: Basic/Bearer <token>
    static const QRegularExpression userInfo(QStringLiteral("(\\b[a-zA-Z][a-zA-Z0-9+.-]*://[^/\\s:@]*):[^@/\\s]*@"));
    static const QRegularExpression authorization(
        QStringLiteral("((?:Authorization|authorization)\\s*[:=]\\s*\"?(?:Basic|Bearer)\\s+)[A-Za-z0-9+/=._~-]+"));
    QString safe = message;
    safe.replace(userInfo, QStringLiteral("\\1:****@"));
    safe.replace(authorization, QStringLiteral("\\1****"));
    return safe;
}

} // namespace Eureka::Logging
