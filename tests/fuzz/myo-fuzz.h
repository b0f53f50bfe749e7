/* myo-fuzz.h: what every fuzz target defines
 *
 * Each fuzz-<loader>.c is linked two ways: with libFuzzer (-Dfuzzing=true,
 * clang) to search for inputs that break the loader, and with replay.c into
 * a plain test that feeds it every file of the seed corpus and every input
 * that once broke it (tests/fuzz/regressions/<loader>/), in every build.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);
