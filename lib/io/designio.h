#pragma once

#include "io/jsonutil.h"
#include "model/design.h"

namespace portolan::core {

class CatalogSet;

/// Reads and writes `*.portolan` files (format `portolan-design`).
///
/// Reading validates structure and references (duplicate ids, dangling zone/link/flow
/// references, zone parent cycles, wrong JSON types) and, when `catalogs` is given, node
/// types, option values and port overrides. Unknown keys are kept in `extra` and written
/// back. Older format versions are migrated; newer ones are refused.
class DesignIO
{
public:
    static bool read(const QByteArray &data, const QString &fileName, const CatalogSet *catalogs,
                     Design *out, std::vector<LoadError> *errors);
    static bool readFile(const QString &fileName, const CatalogSet *catalogs, Design *out,
                         std::vector<LoadError> *errors);
    /// Checks a design built in memory (by the GUI or a script) the same way a file is checked.
    static bool validate(const Design &design, const QString &fileName, const CatalogSet *catalogs,
                         std::vector<LoadError> *errors);

    /// Pretty-printed UTF-8 JSON with a stable key order and a trailing newline.
    static QByteArray write(const Design &design);
    /// Atomic write (QSaveFile). Returns false with a message on failure.
    static bool writeFile(const Design &design, const QString &fileName, QString *error);
    /// Like writeFile, but first keeps the file about to be replaced as
    /// backupFileName(fileName), itself written atomically. If the backup cannot be written
    /// the save fails and `fileName` is left as it was.
    static bool writeFileWithBackup(const Design &design, const QString &fileName, QString *error);
    /// `fileName` + ".bak" ("plan.portolan" -> "plan.portolan.bak").
    static QString backupFileName(const QString &fileName);
};

} // namespace portolan::core
