// PDF/SVG/PNG export benchmark (not a test): a generated 2,000-flow design (--agents N for
// another size, --pdf-only to skip the Chinese PDF, SVG and PNG), median of 3 runs.
//   cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DPORTOLAN_BENCHMARKS=ON
//   -DPORTOLAN_BUILD_GUI=OFF cmake --build build-bench --target bench_pdfexport
//   ./build-bench/tests/render/bench_pdfexport [--write appmon-2000.portolan] [--runs 3]
//       [--agents 10000] [--pdf-only]
// Results and the command-line equivalent are in docs/performance.md ("PDF export").
#include "render/imageexport.h"
#include "render/pdfreport.h"

#include "catalog/catalogset.h"
#include "engine/engine.h"
#include "io/designio.h"

#include <QElapsedTimer>
#include <QGuiApplication>

#include <algorithm>
#include <cstdio>

using namespace portolan;
using namespace portolan::core;

namespace {

// `agents` AppMon agents (2,000 by default) in 40 firewalled application zones behind
// FW-CORE, each linked to one of four collectors in the monitoring zone (also behind
// FW-CORE) that report to one AppMon Server. No geometry: the renderer lays the diagram out
// itself.
Design generate(int agents)
{
    Design d;
    d.title = QStringLiteral("AppMon estate: %L1 agents in 40 zones").arg(agents);
    d.meta.customer = QStringLiteral("Benchmark");
    d.meta.author = QStringLiteral("bench_pdfexport");
    d.meta.revision = QStringLiteral("1");
    d.meta.date = QStringLiteral("2026-11-21");
    d.products = nlohmann::json::parse(R"({"appmon":{"version":"6.5"}})");
    Zone dc;
    dc.id = QStringLiteral("dc");
    dc.name = QStringLiteral("Data centre");
    dc.firewalled = false;
    d.zones.push_back(dc);
    Zone mon;
    mon.id = QStringLiteral("mon");
    mon.name = QStringLiteral("Monitoring");
    mon.parent = dc.id;
    mon.firewall = QStringLiteral("FW-CORE");
    d.zones.push_back(mon);
    auto node = [&](const QString &id, const char *type, const QString &zone, int host) {
        Node n;
        n.id = id;
        n.type = QLatin1String(type);
        n.name = id;
        n.zone = zone;
        n.host = id + QStringLiteral("-h");
        n.address = QStringLiteral("10.%1.%2.%3")
                            .arg(host / 62500)
                            .arg(host / 250 % 250)
                            .arg(host % 250 + 1);
        d.nodes.push_back(n);
    };
    node(QStringLiteral("server"), "appmon.server", mon.id, 1);
    for (int c = 0; c < 4; ++c)
        node(QStringLiteral("collector%1").arg(c + 1), "appmon.collector", mon.id, 2 + c);
    for (int z = 0; z < 40; ++z) {
        Zone app;
        app.id = QStringLiteral("app%1").arg(z + 1, 2, 10, QLatin1Char('0'));
        app.name = QStringLiteral("Application zone %1").arg(z + 1);
        app.parent = dc.id;
        app.firewall = QStringLiteral("FW-CORE");
        d.zones.push_back(app);
        const int perZone = agents / 40 + (z < agents % 40 ? 1 : 0);
        const int width = perZone >= 100 ? (perZone >= 1000 ? 4 : 3) : 2;
        for (int a = 0; a < perZone; ++a) {
            const QString id = QStringLiteral("agent-%1-%2")
                                       .arg(z + 1, 2, 10, QLatin1Char('0'))
                                       .arg(a + 1, width, 10, QLatin1Char('0'));
            node(id, "appmon.agent", app.id, 1000 + z * perZone + a);
            d.links.push_back(Link {id, QStringLiteral("collector%1").arg(z % 4 + 1),
                                    nlohmann::json::object()});
        }
    }
    for (int c = 0; c < 4; ++c)
        d.links.push_back(Link {QStringLiteral("collector%1").arg(c + 1), QStringLiteral("server"),
                                nlohmann::json::object()});
    return d;
}

template<typename F> double medianMs(int runs, F &&fn)
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
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    std::vector<LoadError> errors;
    auto cats = CatalogSet::loadStandard({}, &errors);
    if (!cats) {
        std::fprintf(stderr, "catalogs failed to load\n");
        return 2;
    }
    const int runsAt = int(args.indexOf(QStringLiteral("--runs")));
    const int runs = runsAt > 0 ? std::max(1, args.value(runsAt + 1).toInt()) : 3;
    const int agentsAt = int(args.indexOf(QStringLiteral("--agents")));
    const int agents = agentsAt > 0 ? std::max(1, args.value(agentsAt + 1).toInt()) : 2000;
    const bool pdfOnly = args.contains(QStringLiteral("--pdf-only"));
    const Design d = generate(agents);
    const int writeAt = int(args.indexOf(QStringLiteral("--write")));
    if (writeAt > 0 && writeAt + 1 < args.size()) {
        QString err;
        if (!DesignIO::writeFile(d, args[writeAt + 1], &err))
            std::fprintf(stderr, "cannot write %s: %s\n", qPrintable(args[writeAt + 1]),
                         qPrintable(err));
    }
    const FlowSet flows = Engine::derive(d, *cats);
    std::printf("design: %zu nodes, %zu zones, %zu flows (%d crossing a firewall)\n",
                d.nodes.size(), d.zones.size(), flows.flows.size(), flows.crossingCount());

    render::ReportResult pdf;
    const double pdfMs = medianMs(runs, [&] {
        pdf = render::FirewallRequest::pdf(d, flows, *cats, render::ReportOptions());
    });
    std::printf("pdf   : %8.0f ms  (%d pages, %.1f MB)\n", pdfMs, pdf.pages,
                pdf.pdf.size() / 1048576.0);
    if (pdfOnly)
        return 0;
    render::ReportOptions zh;
    zh.lang = Language::Chinese;
    const double zhMs
            = medianMs(runs, [&] { pdf = render::FirewallRequest::pdf(d, flows, *cats, zh); });
    std::printf("pdf zh: %8.0f ms  (%d pages)\n", zhMs, pdf.pages);
    QByteArray bytes;
    const double svgMs = medianMs(runs, [&] {
        bytes = render::ImageExport::svg(d, flows, *cats, render::DiagramOptions());
    });
    std::printf("svg   : %8.0f ms  (%.1f MB)\n", svgMs, bytes.size() / 1048576.0);
    const double pngMs = medianMs(runs, [&] {
        bytes = render::ImageExport::png(d, flows, *cats, render::DiagramOptions(), QSize(1600, 0));
    });
    std::printf("png   : %8.0f ms  (1600 px wide, %.1f MB)\n", pngMs, bytes.size() / 1048576.0);
    return 0;
}
