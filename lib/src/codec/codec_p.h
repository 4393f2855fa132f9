// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "decodepool.h"

#include <EurekaClient/codec.h>

namespace Eureka::CodecPrivate {

// Codec::decodeApplications with a decoder's scratch space kept by the caller and a way to
// give up early: what the client's registry thread uses.
EUREKACLIENT_AUTOTEST_EXPORT Applications decodeApplications(QByteArrayView data, WireFormat format, CodecError *error,
                                                             const DecodeOptions &options);

} // namespace Eureka::CodecPrivate
