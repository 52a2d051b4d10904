// Engine benchmarks (not a test): medians of repeated runs on generated designs.
//   cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DPORTOLAN_BENCHMARKS=ON -DPORTOLAN_BUILD_GUI=OFF
//   cmake --build build-bench && ./build-bench/tests/bench/bench_engine [--write DIR] [--cold]
#include "generator.h"

#include "catalog/catalogset.h"
#include "engine/engine.h"
#include "engine/incremental.h"
#include "export/csvwriter.h"
#include "export/portmatrix.h"
#include "io/designio.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>

using namespace portolan;
using namespace portolan::core;

namespace {

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

bool g_cold = false; ///< --cold: the caches hold none of the design before each run

/// Writes and reads a buffer larger than the last-level cache, outside the timed part of a
/// run: a small design's data otherwise stays cached from one run to the next, a large
/// one's cannot, and per-flow times would compare a warm cache with a cold one.
void evictCaches()
{
    static std::vector<unsigned char> buffer(64u << 20);
    for (size_t i = 0; i < buffer.size(); i += 64)
        buffer[i] = static_cast<unsigned char>(buffer[i] + 1); // (kept: the buffer is static)
}

struct Median
{
    double wall = 0; ///< ms, median
    double cpu = 0;  ///< ms of this thread's CPU time, median (robust on a busy machine)
};

template<typename F>
Median median(int runs, F &&fn)
{
    std::vector<double> wall, cpu;
    for (int i = 0; i < runs; ++i) {
        if (g_cold)
            evictCaches();
        QElapsedTimer t;
        const double c0 = threadCpuMs();
        t.start();
        fn();
        wall.push_back(t.nsecsElapsed() / 1e6);
        cpu.push_back(threadCpuMs() - c0);
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return {wall[wall.size() / 2], cpu[cpu.size() / 2]};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    std::vector<LoadError> errors;
    auto cats = CatalogSet::loadStandard({}, &errors);
    if (!cats) {
        std::fprintf(stderr, "catalogs failed to load\n");
        return 2;
    }
    const int loadAt = int(args.indexOf(QStringLiteral("--load")));
    if (loadAt > 0 && loadAt + 1 < args.size()) {
        // What `portolan-cli flows FILE --format csv` does after start-up, step by step,
        // against reading the file alone.
        const QString file = args[loadAt + 1];
        const int runsAt = int(args.indexOf(QStringLiteral("--runs")));
        const int runs = runsAt > 0 ? std::max(1, args.value(runsAt + 1).toInt()) : 11;
        Design d;
        auto read = [&] {
            d = Design();
            std::vector<LoadError> loadErrors;
            if (!DesignIO::readFile(file, cats.get(), &d, &loadErrors)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(file));
                std::exit(2);
            }
        };
        const Median load = median(runs, read);
        FlowSet flows;
        const Median derive = median(runs, [&] { flows = Engine::derive(d, *cats); });
        PortMatrix m;
        const Median matrix = median(runs, [&] {
            m = PortMatrix::build(d, flows, *cats, Language::English, false);
        });
        QByteArray csv;
        const Median write = median(runs, [&] { csv = CsvWriter::write(m, {false, true}); });
        std::printf("%s: %zu nodes, %zu flows, %.1f MB of CSV; medians in ms, wall (thread CPU)\n",
                    qPrintable(file), d.nodes.size(), flows.flows.size(), csv.size() / 1048576.0);
        for (const auto &[what, t] : {std::pair{"read the design", load}, {"derive", derive},
                                      {"port matrix", matrix}, {"CSV", write}})
            std::printf("  %-16s %9.1f (%.1f)\n", what, t.wall, t.cpu);
        return 0;
    }
    g_cold = args.contains(QStringLiteral("--cold"));
    const int writeAt = int(args.indexOf(QStringLiteral("--write")));
    // --size N: only that design size; --runs N: runs per median (default 21, 5 at 100k).
    std::vector<int> sizes{1000, 10000, 100000};
    const int sizeAt = int(args.indexOf(QStringLiteral("--size")));
    if (sizeAt > 0 && sizeAt + 1 < args.size())
        sizes = {args[sizeAt + 1].toInt()};
    const int runsAt = int(args.indexOf(QStringLiteral("--runs")));
    const int fixedRuns = runsAt > 0 && runsAt + 1 < args.size() ? args[runsAt + 1].toInt() : 0;
    std::printf("medians in ms, wall (thread CPU)%s\n",
                g_cold ? ", caches evicted before each run" : "");
    std::printf("%-8s %8s %22s %14s %14s %22s %22s %22s\n", "nodes", "flows", "derive",
                "us/flow (CPU)", "copy us/flow", "incremental move", "incremental host edit",
                "incremental delete");
    for (int size : sizes) {
        Design d = bench::generateDesign(size);
        if (writeAt > 0 && writeAt + 1 < args.size()) {
            QString err;
            DesignIO::writeFile(d, args[writeAt + 1] + QStringLiteral("/synthetic-%1.portolan").arg(size), &err);
        }
        size_t flows = 0;
        const int runs = fixedRuns > 0 ? fixedRuns : size >= 100000 ? 5 : 21;
        const Median full = median(runs, [&] { flows = Engine::derive(d, *cats).flows.size(); });
        // For scale, the least any derivation does: writing the flow records into fresh
        // memory and freeing them again, here as a copy of the result (its strings and lists
        // are shared, so this is the records' own memory traffic).
        const FlowSet result = Engine::derive(d, *cats);
        size_t copied = 0;
        const Median copy = median(runs, [&] {
            const FlowSet c = result;
            copied += c.flows.size();
        });

        // Move one agent across a firewall (to another application zone) and back.
        IncrementalDerivation inc(*cats);
        inc.reset(d);
        int agent = -1;
        for (int i = 0; i < int(d.nodes.size()) && agent < 0; ++i) {
            if (d.nodes[size_t(i)].type == QLatin1String("appmon.agent"))
                agent = i;
        }
        const QString home = d.nodes[size_t(agent)].zone;
        const QString away = d.zones.back().id;
        bool flip = false;
        const Median move = median(runs, [&] {
            d.nodes[size_t(agent)].zone = flip ? home : away;
            flip = !flip;
            ChangeSet c;
            c.nodes.insert(d.nodes[size_t(agent)].id);
            inc.update(d, c);
        });
        const Median edit = median(runs, [&] {
            d.nodes[size_t(agent)].host = flip ? QStringLiteral("shared01") : QStringLiteral("own01");
            flip = !flip;
            ChangeSet c;
            c.nodes.insert(d.nodes[size_t(agent)].id);
            inc.update(d, c);
        });
        auto cell = [](const Median &m, int decimals) {
            return QStringLiteral("%1 (%2)").arg(m.wall, 0, 'f', decimals).arg(m.cpu, 0, 'f', decimals);
        };
        // Delete an agent with its link (a different one each run).
        const Median removal = median(runs, [&] {
            int victim = -1;
            for (int i = int(d.nodes.size()) - 1; i >= 0 && victim < 0; --i) {
                if (d.nodes[size_t(i)].type == QLatin1String("appmon.agent") && i != agent)
                    victim = i;
            }
            ChangeSet c;
            const QString id = d.nodes[size_t(victim)].id;
            c.nodes.insert(id);
            for (auto it = d.links.begin(); it != d.links.end();) {
                if (it->from == id || it->to == id) {
                    c.nodes << it->from << it->to;
                    it = d.links.erase(it);
                } else {
                    ++it;
                }
            }
            d.nodes.erase(d.nodes.begin() + victim);
            inc.update(d, c);
        });
        std::printf("%-8d %8zu %22s %14.2f %14.2f %22s %22s %22s\n", size, flows,
                    qPrintable(cell(full, 1)), flows ? full.cpu * 1000 / double(flows) : 0.0,
                    copied ? copy.cpu * 1000 / double(result.flows.size()) : 0.0,
                    qPrintable(cell(move, 3)), qPrintable(cell(edit, 3)),
                    qPrintable(cell(removal, 3)));
        std::fflush(stdout);
    }
    return 0;
}
