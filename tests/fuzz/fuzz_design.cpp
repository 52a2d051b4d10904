// libFuzzer target: bytes as a `*.portolan` file, read with the built-in catalogs as the GUI
// and the CLI read one. A design the reader accepts is then derived, exported, written and
// read again.
//
// Findings besides crashes and sanitizer reports (each aborts):
// - read() fails without an error, or succeeds with one;
// - the written design does not read back, or writing it again gives other bytes;
// - the re-read design derives other flows or diagnostics (also catches an engine that is
//   not deterministic);
// - after an edit (one node removed with its links and manual flows, the node chosen by the
//   input), the incremental derivation the GUI runs disagrees with a full one.
#include "fuzzutil.h"

#include "engine/incremental.h"
#include "io/designio.h"

#include <algorithm>

using namespace portolan::core;
using namespace portolan::fuzz;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    builtInCatalogs();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const CatalogSet &catalogs = builtInCatalogs();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    Design design;
    std::vector<LoadError> errors;
    if (!DesignIO::read(bytes, QStringLiteral("fuzz.portolan"), &catalogs, &design, &errors)) {
        if (errors.empty())
            fail("DesignIO::read refused the design without an error");
        errorText(errors); // the messages are built from the input too
        return 0;
    }
    if (!errors.empty())
        fail("DesignIO::read accepted the design but reported errors", errorText(errors));

    const FlowSet flows = Engine::derive(design, catalogs);
    exportAll(design, flows, catalogs);

    const QByteArray written = DesignIO::write(design);
    Design again;
    if (!DesignIO::read(written, QStringLiteral("roundtrip.portolan"), &catalogs, &again, &errors))
        fail("a design that was read and written does not read back",
             errorText(errors) + QStringLiteral("\n--- written:\n") + QString::fromUtf8(written));
    const QByteArray rewritten = DesignIO::write(again);
    if (rewritten != written)
        fail("writing a design that was read back gives other bytes",
             QStringLiteral("--- first:\n") + QString::fromUtf8(written)
                 + QStringLiteral("\n--- second:\n") + QString::fromUtf8(rewritten));
    // Equal bytes on disk make equal designs; equal designs must derive equal flows.
    if (flowSignature(Engine::derive(again, catalogs)) != flowSignature(flows))
        fail("the design read back derives other flows", QString::fromUtf8(written));

    if (!design.nodes.empty()) {
        IncrementalDerivation incremental(catalogs);
        incremental.reset(design);
        Design edited = design;
        const size_t victim = size % edited.nodes.size();
        const QString id = edited.nodes[victim].id;
        edited.nodes.erase(edited.nodes.begin() + long(victim));
        ChangeSet change; // as documented in incremental.h
        change.nodes.insert(id);
        for (auto it = edited.links.begin(); it != edited.links.end();) {
            if (it->from == id || it->to == id) {
                change.nodes << it->from << it->to;
                it = edited.links.erase(it);
            } else {
                ++it;
            }
        }
        const size_t manual = edited.flows.size();
        auto touches = [&](const ManualFlow &f) { return f.from == id || f.to == id; };
        edited.flows.erase(std::remove_if(edited.flows.begin(), edited.flows.end(), touches),
                           edited.flows.end());
        change.flows = manual != edited.flows.size();
        const QString updated = flowSignature(incremental.update(edited, change));
        const QString full = flowSignature(Engine::derive(edited, catalogs));
        if (updated != full)
            fail("incremental and full derivation disagree after removing a node",
                 QStringLiteral("removed node \"%1\"\n--- incremental:\n%2\n--- full:\n%3")
                     .arg(id, updated, full));
    }
    return 0;
}
