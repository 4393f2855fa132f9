// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "propertysource.h"

#include "randomvalue.h"
#include "yamldocuments.h"

#include <QtCore/QFileInfo>
#include <QtCore/QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <functional>

namespace Eureka {

QString PropertySource::canonical(const QString &key)
{
    QString out;
    out.reserve(key.size());
    for (QChar c : key) {
        if (c != QLatin1Char('-') && c != QLatin1Char('_'))
            out += c.toLower();
    }
    return out;
}

void PropertySource::set(const QString &key, const QString &value, const QString &origin)
{
    const QString c = canonical(key);
    const auto it = m_index.constFind(c);
    if (it != m_index.constEnd()) {
        m_properties[*it] = {key, value, origin};
        return;
    }
    m_index.insert(c, m_properties.size());
    m_properties.append({key, value, origin});
}

bool PropertySource::parse(const QByteArray &data, const QString &fileName, QString *error)
{
    // Configuration files are small; anything this large is a mistake, and would only be slow.
    constexpr qsizetype maxConfigSize = 4 * 1024 * 1024;
    if (data.size() > maxConfigSize) {
        *error = QStringLiteral("%1: larger than %2 MiB; not a configuration file?")
                     .arg(QFileInfo(fileName).fileName()).arg(maxConfigSize >> 20);
        return false;
    }
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("yml") || suffix == QLatin1String("yaml"))
        return parseYaml(data, fileName, error);
    return parseProperties(data, fileName, error);
}

bool PropertySource::parseProperties(const QByteArray &data, const QString &fileName, QString *error)
{
    const QString name = QFileInfo(fileName).fileName();
    const QStringList lines = QString::fromUtf8(data).split(QLatin1Char('\n'));
    QString pending;
    int pendingLine = 0;
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (pending.isEmpty()) {
            line = line.trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char('!')))
                continue;
            pendingLine = i + 1;
        } else {
            line = line.trimmed();
        }
        // A trailing backslash continues the value on the next line.
        if (line.endsWith(QLatin1Char('\\')) && !line.endsWith(QLatin1String("\\\\"))) {
            pending += line.chopped(1);
            continue;
        }
        pending += line;
        qsizetype sep = -1;
        for (qsizetype k = 0; k < pending.size(); ++k) {
            const QChar c = pending.at(k);
            if (c == QLatin1Char('\\')) {
                ++k;
                continue;
            }
            if (c == QLatin1Char('=') || c == QLatin1Char(':')) {
                sep = k;
                break;
            }
        }
        if (sep <= 0) {
            *error = QStringLiteral("%1:%2: expected key=value, found \"%3\"").arg(name).arg(pendingLine).arg(pending.left(60));
            return false;
        }
        const QString key = pending.left(sep).trimmed();
        QString value = pending.mid(sep + 1).trimmed();
        value.replace(QLatin1String("\\:"), QLatin1String(":")).replace(QLatin1String("\\="), QLatin1String("="))
            .replace(QLatin1String("\\\\"), QLatin1String("\\"));
        set(key, value, QStringLiteral("%1:%2").arg(name).arg(pendingLine));
        pending.clear();
    }
    return true;
}

namespace {

// Aliases share nodes, so a small file can stand for an exponentially large (or, with an alias
// inside its own anchor, endless) tree: the walk stops at these bounds with an error instead.
constexpr int maxYamlValues = 100000;
constexpr int maxYamlDepth = 64;

struct YamlWalk
{
    QString file;
    int firstLine; // of the document in the file
    std::function<void(const QString &, const QString &, const QString &)> emit;
    int visited = 0;
    QString error;

    int line(const YAML::Node &node) const { return firstLine + node.Mark().line + 1; }

    bool flatten(const YAML::Node &node, const QString &prefix, int depth)
    {
        if (++visited > maxYamlValues || depth > maxYamlDepth) {
            error = QStringLiteral("%1:%2: the document expands to more than %3 values or %4 levels "
                                   "(aliases that repeat or contain themselves?)")
                        .arg(file).arg(line(node)).arg(maxYamlValues).arg(maxYamlDepth);
            return false;
        }
        const QString origin = QStringLiteral("%1:%2").arg(file).arg(line(node));
        switch (node.Type()) {
        case YAML::NodeType::Map:
            for (const auto &entry : node) {
                if (!entry.first.IsScalar()) {
                    error = QStringLiteral("%1:%2: a key must be plain text").arg(file).arg(line(entry.first));
                    return false;
                }
                const QString key = QString::fromStdString(entry.first.Scalar());
                if (!flatten(entry.second, prefix.isEmpty() ? key : prefix + QLatin1Char('.') + key, depth + 1))
                    return false;
            }
            return true;
        case YAML::NodeType::Sequence: {
            int index = 0;
            for (const auto &item : node) {
                if (!flatten(item, prefix + QStringLiteral("[%1]").arg(index++), depth + 1))
                    return false;
            }
            return true;
        }
        case YAML::NodeType::Scalar:
            emit(prefix, QString::fromStdString(node.Scalar()), origin);
            return true;
        default:
            emit(prefix, QString(), origin);
            return true;
        }
    }
};

} // namespace

bool PropertySource::parseYaml(const QByteArray &data, const QString &fileName, QString *error)
{
    const QString name = QFileInfo(fileName).fileName();
    // yaml-cpp reports problems with exceptions; none may leave this function.
    try {
        std::vector<YamlDocument> documents;
        if (!loadYamlDocuments(data, name, &documents, error))
            return false;
        for (const YamlDocument &document : documents) {
            if (document.root.IsNull())
                continue;
            if (!document.root.IsMap()) {
                *error = QStringLiteral("%1:%2: expected a map of properties")
                             .arg(name).arg(document.firstLine + document.root.Mark().line + 1);
                return false;
            }
            YamlWalk walk{name, document.firstLine,
                          [this](const QString &key, const QString &value, const QString &origin) {
                              set(key, value, origin);
                          }};
            if (!walk.flatten(document.root, QString(), 0)) {
                *error = walk.error;
                return false;
            }
        }
    } catch (const YAML::Exception &e) {
        *error = QStringLiteral("%1:%2: %3").arg(name).arg(e.mark.line + 1).arg(QString::fromStdString(e.msg));
        return false;
    }
    return true;
}

void PropertySource::applyEnvironment(const QProcessEnvironment &env, const QStringList &known)
{
    QStringList keys = known;
    for (const Property &p : std::as_const(m_properties))
        keys.append(p.key);
    for (const QString &key : std::as_const(keys)) {
        // Spring: replace '.' with '_', drop '-', upper-case.
        QString name = key;
        name.replace(QLatin1Char('.'), QLatin1Char('_')).remove(QLatin1Char('-'));
        name = name.toUpper();
        if (env.contains(name))
            set(key, env.value(name), QStringLiteral("environment variable %1").arg(name));
    }
}

bool PropertySource::resolvePlaceholders(const QProcessEnvironment &env, QString *error)
{
    static const QRegularExpression placeholder(QStringLiteral("\\$\\{([^}:]+)(?::([^}]*))?\\}"));
    for (Property &p : m_properties) {
        // Nested references resolve in a few rounds; a cycle stops at the limit.
        for (int round = 0; round < 8 && p.value.contains(QLatin1String("${")); ++round) {
            QString out;
            qsizetype last = 0;
            auto it = placeholder.globalMatch(p.value);
            bool any = false;
            while (it.hasNext()) {
                const QRegularExpressionMatch m = it.next();
                any = true;
                out += p.value.mid(last, m.capturedStart() - last);
                const QString ref = m.captured(1).trimmed();
                QString value;
                bool found = false;
                if (ref.startsWith(QLatin1String("random."))) {
                    // A new value for every reference, as Spring draws one per resolution.
                    QString why;
                    if (!RandomValue::resolve(ref.mid(7), &value, &why)) {
                        *error = QStringLiteral("%1: %2: %3").arg(p.origin, p.key, why);
                        return false;
                    }
                    found = true;
                } else if (env.contains(ref)) {
                    value = env.value(ref);
                    found = true;
                } else {
                    const auto idx = m_index.constFind(canonical(ref));
                    if (idx != m_index.constEnd() && m_properties.at(*idx).key != p.key) {
                        value = m_properties.at(*idx).value;
                        found = true;
                    }
                }
                if (!found) {
                    if (!m.hasCaptured(2)) {
                        *error = QStringLiteral("%1: %2: ${%3} is not set and has no default").arg(p.origin, p.key, ref);
                        return false;
                    }
                    value = m.captured(2);
                }
                out += value;
                last = m.capturedEnd();
            }
            if (!any)
                break;
            out += p.value.mid(last);
            p.value = out;
        }
    }
    return true;
}

} // namespace Eureka
