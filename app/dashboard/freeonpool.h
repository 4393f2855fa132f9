// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "backgroundpool.h"

#include <QtCore/QThreadPool>

#include <utility>

// Frees \a value on the background pool's thread: the last copies of a large registry's change
// list or of a hash of 100,000 ids take milliseconds to free, which the GUI thread must not
// spend. Emptied inside the task, so that it is freed there whichever thread destroys the task.
template<typename T>
void freeOnPool(T value)
{
    backgroundPool()->start([value = std::move(value)]() mutable { value = T(); });
}
