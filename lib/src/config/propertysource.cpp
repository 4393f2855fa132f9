// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "propertysource.h"

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
void flatten(const YAML::Node &node, const QString &prefix, const QString &file,
             const std::function<void(const QString &, const QString &, const QString &)> &emit)
{
    const QString origin = QStringLiteral("%1:%2").arg(file).arg(node.Mark().line + 1);
    switch (node.Type()) {
    case YAML::NodeType::Map:
        for (const auto &entry : node) {
            const QString key = QString::fromStdString(entry.first.as<std::string>());
            flatten(entry.second, prefix.isEmpty() ? key : prefix + QLatin1Char('.') + key, file, emit);
        }
        break;
    case YAML::NodeType::Sequence: {
        int index = 0;
        for (const auto &item : node)
            flatten(item, prefix + QStringLiteral("[%1]").arg(index++), file, emit);
        break;
    }
    case YAML::NodeType::Scalar:
        emit(prefix, QString::fromStdString(node.Scalar()), origin);
        break;
    default:
        emit(prefix, QString(), origin);
        break;
    }
}
} // namespace

bool PropertySource::parseYaml(const QByteArray &data, const QString &fileName, QString *error)
{
    const QString name = QFileInfo(fileName).fileName();
    // yaml-cpp reports problems with exceptions; none may leave this function.
    try {
        const std::vector<YAML::Node> documents = YAML::LoadAll(data.toStdString());
        for (const YAML::Node &document : documents) {
            if (!document.IsNull() && !document.IsMap()) {
                *error = QStringLiteral("%1:%2: expected a map of properties").arg(name).arg(document.Mark().line + 1);
                return false;
            }
            flatten(document, QString(), name,
                    [this](const QString &key, const QString &value, const QString &origin) { set(key, value, origin); });
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
                if (env.contains(ref)) {
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
