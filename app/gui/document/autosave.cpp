#include "autosave.h"

#include "document.h"

#include "io/designio.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUndoStack>
#include <QUuid>

#include <algorithm>

namespace portolan::gui {

Q_LOGGING_CATEGORY(lcAutosave, "portolan.autosave", QtWarningMsg)

namespace {

const QString kLockName = QStringLiteral("lock");
const QString kInfoName = QStringLiteral("session.json");

struct Generation
{
    QString path;
    QString base;
    int number = 0; ///< 0 only briefly, while rotating; 1 is the newest after that
};

/// Design files of a session folder, newest first.
std::vector<Generation> generations(const QString &dir)
{
    static const QRegularExpression re(QStringLiteral("^(.+)\\.(\\d)\\.portolan$"));
    std::vector<Generation> out;
    const QStringList names = QDir(dir).entryList({QStringLiteral("*.portolan")}, QDir::Files);
    for (const QString &name : names) {
        const QRegularExpressionMatch m = re.match(name);
        if (m.hasMatch())
            out.push_back({dir + QLatin1Char('/') + name, m.captured(1), m.captured(2).toInt()});
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Generation &a, const Generation &b) { return a.number < b.number; });
    return out;
}

/// Empties and removes a session folder; `lock` (held by us, may be null) goes last so that
/// nobody else takes the folder while it is half deleted.
void removeFolder(const QString &path, QLockFile *lock)
{
    QDir dir(path);
    const QFileInfoList entries = dir.entryInfoList(QDir::AllEntries | QDir::Hidden
                                                    | QDir::System | QDir::NoDotAndDotDot);
    for (const QFileInfo &fi : entries) {
        if (lock && fi.fileName() == kLockName)
            continue;
        if (fi.isDir() && !fi.isSymLink())
            QDir(fi.absoluteFilePath()).removeRecursively();
        else
            QFile::remove(fi.absoluteFilePath());
    }
    if (lock)
        lock->unlock();
    if (!QDir().rmdir(path) && dir.exists())
        qCWarning(lcAutosave) << "cannot remove" << path;
}

/// File names stay readable in the folder: the design's own base name, or "untitled".
QString baseName(const QString &fileName)
{
    const QString base = QFileInfo(fileName).completeBaseName();
    return base.isEmpty() ? QStringLiteral("untitled") : base;
}

} // namespace

// --- Autosave ------------------------------------------------------------------------------

Autosave::Autosave(Document *doc, QObject *parent)
    : QObject(parent)
    , m_doc(doc)
    , m_uuid(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("PORTOLAN_AUTOSAVE_DELAY_MS", &ok);
    setDelay(ok && ms >= 0 ? ms : kDefaultDelayMs);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        QString error;
        if (!saveNow(&error))
            emit failed(error);
    });
    connect(doc->undoStack(), &QUndoStack::indexChanged, this, &Autosave::documentChanged);
    connect(doc->undoStack(), &QUndoStack::cleanChanged, this, &Autosave::documentChanged);
    connect(doc, &Document::designReset, this, &Autosave::documentChanged);
}

Autosave::~Autosave()
{
    // The document may already be gone: do not look at it. A folder that still exists holds
    // unsaved changes (it is removed whenever the document becomes clean), so it stays for
    // the next start; only the lock is released.
    if (m_lock && generations(sessionPath()).empty())
        removeFolder(sessionPath(), m_lock.get());
}

void Autosave::setDelay(int ms)
{
    m_delayMs = std::max(0, ms);
}

QString Autosave::rootPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/autosave");
}

QString Autosave::sessionPath() const
{
    return rootPath() + QLatin1Char('/') + m_uuid;
}

QString Autosave::latestFile() const
{
    const std::vector<Generation> g = generations(sessionPath());
    return g.empty() ? QString() : g.front().path;
}

void Autosave::documentChanged()
{
    if (!m_doc)
        return;
    if (!m_doc->isModified()) {
        // Saved, undone to the saved state, or a new/opened design: nothing to recover.
        m_timer.stop();
        m_pendingSince.invalidate();
        removeSession();
        return;
    }
    if (!m_pendingSince.isValid())
        m_pendingSince.start();
    // A few seconds after the last edit, but someone editing without pause still gets an
    // autosave every ten delays.
    const qint64 left = qint64(m_delayMs) * 10 - m_pendingSince.elapsed();
    m_timer.start(int(std::clamp<qint64>(left, 0, m_delayMs)));
}

bool Autosave::ensureSession(QString *error)
{
    if (m_lock) {
        // Someone may have deleted the folder under us; put it back (the lock file with it).
        if (QFileInfo::exists(sessionPath() + QLatin1Char('/') + kLockName))
            return true;
        m_lock.reset();
    }
    for (int attempt = 0; attempt < 3; ++attempt) {
        const QString path = sessionPath();
        if (!QDir().mkpath(path)) {
            if (error)
                *error = tr("cannot create the autosave folder %1")
                             .arg(QDir::toNativeSeparators(path));
            return false;
        }
        auto lock = std::make_unique<QLockFile>(path + QLatin1Char('/') + kLockName);
        lock->setStaleLockTime(0);
        if (lock->tryLock(0)) {
            m_lock = std::move(lock);
            return true;
        }
        // Taken (a recovery scan elsewhere got there between mkpath and tryLock): move on.
        m_uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    if (error)
        *error = tr("cannot lock an autosave folder in %1")
                     .arg(QDir::toNativeSeparators(rootPath()));
    return false;
}

bool Autosave::saveNow(QString *error)
{
    m_timer.stop();
    if (!m_doc || !m_doc->isModified())
        return true;
    QString why;
    if (!ensureSession(&why)) {
        qCWarning(lcAutosave).noquote() << why;
        if (error)
            *error = why;
        return false;
    }
    const QString dir = sessionPath();
    const QString base = baseName(m_doc->fileName());

    // The new version is complete on disk (generation 0, written atomically) before the
    // older ones move up; a crash in between leaves at worst one generation too many.
    const QString fresh = QStringLiteral("%1/%2.0.portolan").arg(dir, base);
    if (!core::DesignIO::writeFile(m_doc->design(), fresh, &why)) {
        qCWarning(lcAutosave).noquote() << why;
        if (error)
            *error = why;
        return false;
    }
    std::vector<Generation> gens = generations(dir);
    for (auto it = gens.rbegin(); it != gens.rend(); ++it) {
        if (it->number >= kGenerations) {
            QFile::remove(it->path);
            continue;
        }
        const QString to =
            QStringLiteral("%1/%2.%3.portolan").arg(dir, it->base).arg(it->number + 1);
        QFile::remove(to);
        if (!QFile::rename(it->path, to))
            qCWarning(lcAutosave) << "cannot rename" << it->path << "to" << to;
    }
    const QString newest = QStringLiteral("%1/%2.1.portolan").arg(dir, base);

    QJsonObject info;
    info.insert(QStringLiteral("format"), QStringLiteral("portolan-autosave"));
    info.insert(QStringLiteral("version"), 1);
    info.insert(QStringLiteral("title"), m_doc->design().title);
    info.insert(QStringLiteral("file"), m_doc->fileName());
    info.insert(QStringLiteral("saved"),
                QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    info.insert(QStringLiteral("pid"), QCoreApplication::applicationPid());
    QSaveFile f(dir + QLatin1Char('/') + kInfoName);
    const QByteArray json = QJsonDocument(info).toJson();
    if (!f.open(QIODevice::WriteOnly) || f.write(json) != json.size() || !f.commit()) {
        // The design itself is safe; the scan falls back to the file's own title and time.
        qCWarning(lcAutosave) << "cannot write" << f.fileName() << f.errorString();
    }
    m_pendingSince.invalidate();
    qCInfo(lcAutosave).noquote() << "autosaved" << QDir::toNativeSeparators(newest);
    emit saved(newest);
    return true;
}

void Autosave::discard()
{
    m_timer.stop();
    m_pendingSince.invalidate();
    removeSession();
}

void Autosave::removeSession()
{
    if (!m_lock)
        return;
    removeFolder(sessionPath(), m_lock.get());
    m_lock.reset();
    qCInfo(lcAutosave).noquote() << "removed" << QDir::toNativeSeparators(sessionPath());
}

// --- AutosaveRecovery ----------------------------------------------------------------------

AutosaveRecovery::AutosaveRecovery(const QString &root)
{
    const QFileInfoList dirs = QDir(root).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QFileInfo &d : dirs) {
        const QString path = d.absoluteFilePath();
        auto lock = std::make_unique<QLockFile>(path + QLatin1Char('/') + kLockName);
        // Only a dead owner makes a lock stale: a live session may sit unchanged for hours.
        lock->setStaleLockTime(0);
        if (!lock->tryLock(0))
            continue; // a running Portolan (or another scan) owns it
        const std::vector<Generation> gens = generations(path);
        if (gens.empty()) {
            // Crashed before its first autosave completed: nothing to offer.
            removeFolder(path, lock.get());
            continue;
        }
        AutosaveSession s;
        s.path = path;
        for (const Generation &g : gens)
            s.generations << g.path;
        QFile infoFile(path + QLatin1Char('/') + kInfoName);
        if (infoFile.open(QIODevice::ReadOnly)) {
            const QJsonObject info = QJsonDocument::fromJson(infoFile.readAll()).object();
            s.title = info.value(QStringLiteral("title")).toString();
            s.fileName = info.value(QStringLiteral("file")).toString();
            s.savedAt = QDateTime::fromString(info.value(QStringLiteral("saved")).toString(),
                                              Qt::ISODateWithMs);
        }
        if (!s.savedAt.isValid())
            s.savedAt = QFileInfo(gens.front().path).lastModified();
        if (s.title.isEmpty())
            s.title = gens.front().base;
        qCInfo(lcAutosave).noquote() << "recoverable" << QDir::toNativeSeparators(path)
                                     << s.title << s.savedAt.toString(Qt::ISODate) << s.fileName;
        m_sessions << s;
        m_locks[path] = std::move(lock);
    }
    std::stable_sort(m_sessions.begin(), m_sessions.end(),
                     [](const AutosaveSession &a, const AutosaveSession &b) {
                         return a.savedAt > b.savedAt;
                     });
}

AutosaveRecovery::~AutosaveRecovery() = default; // QLockFile unlocks: the folders stay

bool AutosaveRecovery::load(const AutosaveSession &session, const core::CatalogSet *catalogs,
                            core::Design *out, QString *error)
{
    QStringList problems;
    for (const QString &file : session.generations) {
        std::vector<core::LoadError> errors;
        core::Design d;
        if (core::DesignIO::readFile(file, catalogs, &d, &errors)) {
            *out = d;
            return true;
        }
        for (const core::LoadError &e : errors)
            problems << e.toString();
    }
    if (error)
        *error = problems.isEmpty() ? QStringLiteral("%1: no readable autosave").arg(session.path)
                                    : problems.join(QLatin1Char('\n'));
    return false;
}

void AutosaveRecovery::remove(const AutosaveSession &session)
{
    const QString path = session.path; // `session` may be an element of m_sessions
    auto it = m_locks.find(path);
    if (it == m_locks.end())
        return; // not ours to delete
    removeFolder(path, it->second.get());
    m_locks.erase(it);
    m_sessions.erase(std::remove_if(m_sessions.begin(), m_sessions.end(),
                                    [&](const AutosaveSession &s) { return s.path == path; }),
                     m_sessions.end());
    qCInfo(lcAutosave).noquote() << "removed" << QDir::toNativeSeparators(path);
}

} // namespace portolan::gui
