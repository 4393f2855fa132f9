// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

class QThreadPool;

// One thread at idle priority for the dashboard's work that may wait (decoding the minute's lease
// refresh, freeing what the models let go): on a two-core machine a pool thread at normal
// priority takes a core from the GUI thread for tens of milliseconds at a time.
QThreadPool *backgroundPool();
