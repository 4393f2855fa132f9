// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "rotatinglogfile.h"

namespace Eureka {

bool RotatingLogFile::open(const QString &path, qint64 maxBytes, int keepFiles, QString *errorString)
{
    close();
    m_path = path;
    m_maxBytes = std::max<qint64>(1024, maxBytes);
    m_keep = std::max(1, keepFiles);
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        if (errorString)
            *errorString = m_file.errorString();
        return false;
    }
    return true;
}

void RotatingLogFile::close()
{
    if (m_file.isOpen())
        m_file.close();
}

void RotatingLogFile::write(const QByteArray &line)
{
    if (!m_file.isOpen())
        return;
    if (m_file.size() > 0 && m_file.size() + line.size() > m_maxBytes)
        rotate();
    m_file.write(line);
    m_file.flush(); // a crash must not lose the lines that explain it
}

void RotatingLogFile::rotate()
{
    m_file.close();
    QFile::remove(m_path + QLatin1Char('.') + QString::number(m_keep));
    for (int i = m_keep - 1; i >= 1; --i)
        QFile::rename(m_path + QLatin1Char('.') + QString::number(i), m_path + QLatin1Char('.') + QString::number(i + 1));
    QFile::rename(m_path, m_path + QStringLiteral(".1"));
    m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
}

} // namespace Eureka
