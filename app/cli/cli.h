#pragma once

#include <QStringList>

class QTextStream;

namespace portolan::cli {

/// Runs `portolan-cli` with `args` (without the program name). Writes results to `out`,
/// messages to `err`; returns the exit code: 0 success, 1 the design has errors,
/// 2 bad usage or unreadable/invalid input.
int run(const QStringList &args, QTextStream &out, QTextStream &err);

/// The complete --help text.
QString helpText();

} // namespace portolan::cli
