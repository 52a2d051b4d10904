// Engine benchmarks (not a test): medians of repeated runs on generated designs.
//   cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DPORTOLAN_BENCHMARKS=ON -DPORTOLAN_BUILD_GUI=OFF
//   cmake --build build-bench && ./build-bench/tests/bench/bench_engine [--write DIR]
#include "generator.h"

#include "catalog/catalogset.h"
#include "engine/engine.h"
#include "engine/incremental.h"
#include "io/designio.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>

using namespace portolan;
using namespace portolan::core;

namespace {

template<typename F>
double medianMs(int runs, F &&fn)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        fn();
        times.push_back(t.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
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
    const int writeAt = int(args.indexOf(QStringLiteral("--write")));
    std::printf("%-10s %10s %14s %20s %22s\n", "nodes", "flows", "derive ms", "incremental move ms", "incremental edit ms");
    for (int size : {1000, 10000, 100000}) {
        Design d = bench::generateDesign(size);
        if (writeAt > 0 && writeAt + 1 < args.size()) {
            QString err;
            DesignIO::writeFile(d, args[writeAt + 1] + QStringLiteral("/synthetic-%1.portolan").arg(size), &err);
        }
        size_t flows = 0;
        const int runs = size >= 100000 ? 5 : 21;
        const double full = medianMs(runs, [&] { flows = Engine::derive(d, *cats).flows.size(); });

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
        const double move = medianMs(runs, [&] {
            d.nodes[size_t(agent)].zone = flip ? home : away;
            flip = !flip;
            ChangeSet c;
            c.nodes.insert(d.nodes[size_t(agent)].id);
            inc.update(d, c);
        });
        const double edit = medianMs(runs, [&] {
            d.nodes[size_t(agent)].host = flip ? QStringLiteral("shared01") : QStringLiteral("own01");
            flip = !flip;
            ChangeSet c;
            c.nodes.insert(d.nodes[size_t(agent)].id);
            inc.update(d, c);
        });
        std::printf("%-10d %10zu %14.2f %20.3f %22.3f\n", size, flows, full, move, edit);
        std::fflush(stdout);
    }
    return 0;
}
