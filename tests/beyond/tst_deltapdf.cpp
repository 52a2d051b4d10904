// The delta firewall change request as PDF (render::DeltaRequest) and `portolan-cli diff
// --pdf`: read back with pdfinfo and pdftotext.
#include "beyondutil.h"

#include "cli/cli.h"

#include "beyond/diff.h"
#include "engine/messages.h"
#include "render/deltareport.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTranslator>

using namespace portolan::core;
using namespace portolan::test;
using portolan::beyond::DeltaRule;
using portolan::beyond::DesignDiff;
using portolan::beyond::Revision;

namespace {

/// Runs a poppler tool on `pdf`; empty (and a warning) when it is missing or fails.
QString poppler(const QString &tool, const QStringList &args)
{
    QProcess p;
    p.start(tool, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(tool), p.readAllStandardError().constData());
        return QString();
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString pdfInfo(const QString &pdf, const char *key)
{
    for (const QString &line : poppler(QStringLiteral("pdfinfo"), {pdf}).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String(key) + QLatin1Char(':')))
            return line.mid(int(qstrlen(key)) + 1).trimmed();
    }
    return QString();
}

QString pdfText(const QString &pdf)
{
    return poppler(QStringLiteral("pdftotext"),
                   {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
}

QString msg(const char *source)
{
    return QCoreApplication::translate("Messages", source);
}

} // namespace

class TestDeltaPdf : public QObject
{
    Q_OBJECT

    std::unique_ptr<CatalogSet> m_cats;
    QTemporaryDir m_dir;
    Design m_designs[2];
    FlowSet m_flows[2];

    QString revision(const char *name) const
    {
        return beyondData(QString::fromLatin1(name));
    }

    Revision rev(int i) const
    {
        return {&m_designs[i], &m_flows[i],
                i == 0 ? QStringLiteral("shop-rev-a.portolan (A)")
                       : QStringLiteral("shop-rev-b.portolan (B)")};
    }

    QString write(const QByteArray &pdf, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(pdf) != pdf.size())
            return QString();
        return path;
    }

    int cli(const QStringList &args, QString *err = nullptr)
    {
        QString o, e;
        QTextStream out(&o), errs(&e);
        const int rc = portolan::cli::run(args, out, errs);
        errs.flush();
        if (err)
            *err = e;
        return rc;
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
            || QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
            QSKIP("pdftotext/pdfinfo not installed (poppler-utils)");
        m_cats = builtInCatalogs();
        QVERIFY(m_cats);
        QVERIFY(m_dir.isValid());
        const char *files[] = {"shop-rev-a.portolan", "shop-rev-b.portolan"};
        for (int i = 0; i < 2; ++i) {
            std::vector<LoadError> errors;
            QVERIFY(DesignIO::readFile(revision(files[i]), m_cats.get(), &m_designs[i], &errors));
            m_flows[i] = Engine::derive(m_designs[i], *m_cats);
        }
    }

    // Every rule of the delta is in the PDF under its firewall, opens and closes apart.
    void englishRequest()
    {
        const DesignDiff diff = DesignDiff::compute(rev(0), rev(1), false);
        QVERIFY(!diff.delta.empty());
        const portolan::render::ReportResult r
                = portolan::render::DeltaRequest::pdf(rev(0), rev(1), diff, *m_cats, {});
        QVERIFY(r.pdf.startsWith("%PDF-"));
        const QString pdf = write(r.pdf, QStringLiteral("delta-en.pdf"));
        QVERIFY(!pdf.isEmpty());
        QCOMPARE(pdfInfo(pdf, "Pages").toInt(), r.pages);
        QCOMPARE(pdfInfo(pdf, "Title"),
                 QStringLiteral("Delta firewall change request \u00b7 Shop APM rollout \u00b7 "
                                "A \u2192 B"));
        QVERIFY(pdfInfo(pdf, "Creator").startsWith(QLatin1String("Portolan ")));

        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("Delta firewall change request")));
        QVERIFY(text.contains(QStringLiteral("Compared with")));
        QVERIFY(text.contains(QStringLiteral("shop-rev-a.portolan (A)")));
        QVERIFY(text.contains(QStringLiteral("Nodes: 1 added, 1 removed, 2 changed")));
        QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(r.pages)));
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(r.pages)));
        QVERIFY(text.contains(QStringLiteral("Revision A \u2192 B")));

        int opens = 0;
        QStringList firewalls;
        for (const DeltaRule &d : diff.delta) {
            opens += d.action == DeltaRule::Action::Open ? 1 : 0;
            if (!firewalls.contains(d.firewall))
                firewalls << d.firewall;
        }
        for (const QString &fw : firewalls) {
            // "Firewall FW-CORE" then "Rules to open (n)" ... "Rules to close (m)".
            const qsizetype at = text.indexOf(QStringLiteral("Firewall ") + fw + QLatin1Char('\n'));
            QVERIFY2(at >= 0, qPrintable(fw));
            int open = 0, close = 0;
            for (const DeltaRule &d : diff.delta) {
                if (d.firewall == fw)
                    (d.action == DeltaRule::Action::Open ? open : close)++;
            }
            const qsizetype o = text.indexOf(QStringLiteral("Rules to open (%1)").arg(open), at);
            const qsizetype c = text.indexOf(QStringLiteral("Rules to close (%1)").arg(close), at);
            QVERIFY2(o > at && c > o, qPrintable(fw));
        }
        // The removed manual flow to the removed database is a rule to close on both
        // firewalls, with its port; the moved collector's new route is opened.
        const QStringList lines = text.split(QLatin1Char('\n'));
        auto rowsWith = [&](const QString &a, const QString &b) {
            return int(std::count_if(lines.begin(), lines.end(), [&](const QString &l) {
                return l.contains(a) && l.contains(b);
            }));
        };
        QCOMPARE(rowsWith(QStringLiteral("Reporting DB"), QStringLiteral("1522")), 2);
        QVERIFY(rowsWith(QStringLiteral("flow removed"), QStringLiteral("1522")) == 2);
        QVERIFY(rowsWith(QStringLiteral("29998"), QStringLiteral("ports changed")) >= 1);
        QVERIFY(rowsWith(QStringLiteral("19998"), QStringLiteral("ports changed")) >= 1);
        QVERIFY(opens > 0 && opens < int(diff.delta.size()));
    }

    void noChanges()
    {
        const DesignDiff diff = DesignDiff::compute(rev(1), rev(1), false);
        const portolan::render::ReportResult r
                = portolan::render::DeltaRequest::pdf(rev(1), rev(1), diff, *m_cats, {});
        const QString text = pdfText(write(r.pdf, QStringLiteral("delta-none.pdf")));
        QCOMPARE(r.pages, 1);
        QVERIFY(text.contains(
                QStringLiteral("No firewall rule changes: nothing to open or close.")));
        QVERIFY(!text.contains(QStringLiteral("Rules to open")));
    }

    // In Chinese: the texts come from the translations (whatever they hold for the new
    // strings), and the text layer is exact.
    void chineseRequest()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/portolan_zh_CN.qm")));
        QCoreApplication::installTranslator(&translator);
        const DesignDiff diff = DesignDiff::compute(rev(0), rev(1), false);
        portolan::render::ReportOptions options;
        options.lang = Language::Chinese;
        options.landscape = false;
        const portolan::render::ReportResult r
                = portolan::render::DeltaRequest::pdf(rev(0), rev(1), diff, *m_cats, options);
        const QString pdf = write(r.pdf, QStringLiteral("delta-zh.pdf"));
        const QString text = pdfText(pdf);
        const QString page = msg("Page %1 of %2").arg(1).arg(r.pages);
        QVERIFY(page != QStringLiteral("Page 1 of %1").arg(r.pages)); // translated already
        QVERIFY2(text.contains(page), qPrintable(text.left(400)));
        QVERIFY(text.contains(msg("Firewall %1").arg(QStringLiteral("FW-CORE"))));
        QVERIFY(text.contains(msg("Delta firewall change request")));
        QVERIFY(text.contains(msg("flow removed")));
        QVERIFY(pdfInfo(pdf, "Page size").contains(QLatin1String("595"))); // A4 upright
        QCoreApplication::removeTranslator(&translator);
    }

    void throughCli()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("cli-delta.pdf"));
        QString err;
        QCOMPARE(cli({QStringLiteral("diff"), revision("shop-rev-a.portolan"),
                      revision("shop-rev-b.portolan"), QStringLiteral("--pdf"), pdf},
                     &err),
                 0);
        QVERIFY(readAll(pdf).startsWith("%PDF-"));
        QVERIFY(pdfText(pdf).contains(QStringLiteral("Rules to close")));
        QVERIFY(pdfInfo(pdf, "Page size").contains(QLatin1String("842 x 595"))); // A4 landscape

        const QString letter = m_dir.filePath(QStringLiteral("cli-letter.pdf"));
        QCOMPARE(cli({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("diff"),
                      revision("shop-rev-a.portolan"), revision("shop-rev-b.portolan"),
                      QStringLiteral("--pdf"), letter, QStringLiteral("--page-size"),
                      QStringLiteral("letter"), QStringLiteral("--portrait")}),
                 0);
        QVERIFY(pdfInfo(letter, "Page size").contains(QLatin1String("612 x 792")));
        QVERIFY(pdfText(letter).contains(
                QCoreApplication::translate("Messages", "Page %1 of %2").left(1)));

        QCOMPARE(cli({QStringLiteral("diff"), revision("shop-rev-a.portolan"),
                      revision("shop-rev-b.portolan"), QStringLiteral("--pdf")},
                     &err),
                 2);
        QVERIFY(err.contains(QStringLiteral("--pdf needs a value")));
        QCOMPARE(cli({QStringLiteral("diff"), revision("shop-rev-a.portolan"),
                      revision("shop-rev-b.portolan"), QStringLiteral("--pdf"), pdf,
                      QStringLiteral("--page-size"), QStringLiteral("a3")},
                     &err),
                 2);
        QVERIFY(err.contains(QStringLiteral("unknown page size \"a3\"")));
        QCOMPARE(cli({QStringLiteral("diff"), revision("shop-rev-a.portolan"),
                      revision("shop-rev-b.portolan"), QStringLiteral("--pdf"),
                      QStringLiteral("-")},
                     &err),
                 2);
        QVERIFY(err.contains(QStringLiteral("--pdf needs a file name")));
        QCOMPARE(cli({QStringLiteral("diff"), revision("shop-rev-a.portolan"),
                      revision("shop-rev-b.portolan"), QStringLiteral("--pdf"),
                      QStringLiteral("/proc/no/such/dir/delta.pdf")},
                     &err),
                 2);
        QVERIFY(err.contains(QStringLiteral("/proc/no/such/dir/delta.pdf")));

        QString help;
        {
            QTextStream out(&help), e(&err);
            QCOMPARE(portolan::cli::run({QStringLiteral("--help")}, out, e), 0);
        }
        QVERIFY(help.contains(QStringLiteral("[--pdf F] [--page-size a4|letter] [--portrait]")));
    }
};

QTEST_MAIN(TestDeltaPdf)
#include "tst_deltapdf.moc"
