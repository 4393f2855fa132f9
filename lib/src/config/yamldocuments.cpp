// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "yamldocuments.h"

#include <QtCore/QList>

#include <yaml-cpp/yaml.h>

namespace Eureka {

namespace {

bool isMarker(const QByteArray &line, const char *marker)
{
    return line.startsWith(marker) && (line.size() == 3 || line.at(3) == ' ' || line.at(3) == '\t');
}

// What a line holds besides markers, directives and comments; empty when nothing.
QByteArray content(QByteArray line)
{
    if (isMarker(line, "---") || isMarker(line, "..."))
        line = line.mid(3);
    else if (line.startsWith('%'))
        return {};
    line = line.trimmed();
    return line.startsWith('#') ? QByteArray() : line;
}

} // namespace

bool loadYamlDocuments(const QByteArray &data, const QString &name, std::vector<YamlDocument> *documents,
                       QString *error)
{
    // YAML's line breaks are LF, CRLF and a lone CR; one kind keeps the split below honest.
    QByteArray text = data;
    text.replace("\r\n", "\n").replace('\r', '\n');
    const QList<QByteArray> lines = text.split('\n');

    qsizetype start = 0;
    while (start < lines.size()) {
        // A document runs to the next "---" (which starts the next one) or "..." (which ends it).
        qsizetype end = start + 1;
        while (end < lines.size() && !isMarker(lines.at(end), "---") && !isMarker(lines.at(end - 1), "..."))
            ++end;
        QByteArray chunk;
        int firstContent = -1;
        for (qsizetype i = start; i < end; ++i) {
            chunk += lines.at(i) + '\n';
            if (firstContent < 0 && !content(lines.at(i)).isEmpty())
                firstContent = int(i);
        }
        YamlDocument document;
        document.firstLine = int(start);
        try {
            document.root = YAML::Load(chunk.toStdString());
        } catch (const YAML::Exception &e) {
            *error = QStringLiteral("%1:%2: %3").arg(name).arg(start + e.mark.line + 1).arg(QString::fromStdString(e.msg));
            return false;
        }
        if (document.root.IsNull() && firstContent >= 0) {
            const QByteArray first = content(lines.at(firstContent));
            if (first != "~" && first.toLower() != "null") {
                *error = QStringLiteral("%1:%2: not YAML: \"%3\"").arg(name).arg(firstContent + 1)
                             .arg(QString::fromUtf8(first.left(40)));
                return false;
            }
        }
        documents->push_back(document);
        start = end;
    }
    return true;
}

} // namespace Eureka
