// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtCore/QFile>
#include <QtCore/QString>

namespace Eureka {

// A log file that rotates by size: path, path.1 (newest old one) ... path.keep.
class RotatingLogFile
{
public:
    bool open(const QString &path, qint64 maxBytes, int keepFiles, QString *errorString);
    void close();
    bool isOpen() const { return m_file.isOpen(); }
    void write(const QByteArray &line);

private:
    void rotate();

    QFile m_file;
    QString m_path;
    qint64 m_maxBytes = 0;
    int m_keep = 0;
};

} // namespace Eureka
