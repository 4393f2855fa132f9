// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtCore/QString>

// What `eurekactl --generate man|bash|zsh` prints at build time: the man page and the shell
// completions, all made from the command table the program parses with.
namespace GeneratedFiles {

QString manPage(const QString &version);
QString bashCompletion();
QString zshCompletion();

} // namespace GeneratedFiles
