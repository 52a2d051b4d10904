#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <map>
#include <memory>

class QLockFile;

namespace portolan::core {
class CatalogSet;
struct Design;
} // namespace portolan::core

namespace portolan::gui {

class Document;

Q_DECLARE_LOGGING_CATEGORY(lcAutosave)

/// Writes a modified document to a private folder a few seconds after each edit, so that a
/// crash, a kill or a power cut loses at most those seconds.
///
/// Every session (one per document window) has its own folder
/// `<AppDataLocation>/autosave/<uuid>/` holding a QLockFile `lock`, the last kGenerations
/// versions `NAME.1.portolan` (newest) ... `NAME.3.portolan` and `session.json` (title,
/// original file, time). The folder only exists while the document has unsaved changes:
/// it is removed when the document becomes clean (saved, or undone to the saved state) and
/// on a clean close (discard()). A folder whose lock is stale — its process is gone — is
/// what AutosaveRecovery finds at the next start.
class Autosave : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultDelayMs = 3000;
    static constexpr int kGenerations = 3;

    /// The delay is kDefaultDelayMs unless PORTOLAN_AUTOSAVE_DELAY_MS says otherwise.
    explicit Autosave(Document *doc, QObject *parent = nullptr);
    ~Autosave() override;

    /// Milliseconds between the last edit and the autosave. Continuous editing still saves
    /// at least every ten delays.
    void setDelay(int ms);
    int delay() const { return m_delayMs; }

    /// `<AppDataLocation>/autosave`, the parent of all session folders.
    static QString rootPath();
    /// This session's folder (it exists only while there is something to recover).
    QString sessionPath() const;
    /// The newest autosave of this session, empty when there is none.
    QString latestFile() const;
    bool isPending() const { return m_timer.isActive(); }

    /// Writes the document now if it has unsaved changes. False with a message on failure.
    bool saveNow(QString *error = nullptr);
    /// Removes this session's folder: the user saved or chose to discard the changes.
    void discard();

signals:
    void saved(const QString &fileName);
    void failed(const QString &error);

private:
    void documentChanged();
    bool ensureSession(QString *error);
    void removeSession();

    QPointer<Document> m_doc; // the undo stack still signals while the document dies
    QTimer m_timer;
    QElapsedTimer m_pendingSince;
    int m_delayMs = kDefaultDelayMs;
    QString m_uuid;
    std::unique_ptr<QLockFile> m_lock;
};

/// An autosave folder left by a session that did not end cleanly.
struct AutosaveSession
{
    QString path;            ///< the session folder
    QString title;           ///< title of the design
    QString fileName;        ///< the design's own file; empty when it was never saved
    QDateTime savedAt;       ///< time of the newest autosave
    QStringList generations; ///< design files in the folder, newest first
};

/// The autosave folders whose owner is gone (crash, kill, power cut). While this object
/// lives it holds their locks, so another Portolan starting meanwhile does not offer the
/// same designs; sessions neither recovered nor discarded are unlocked again ("Later").
class AutosaveRecovery
{
public:
    explicit AutosaveRecovery(const QString &root = Autosave::rootPath());
    ~AutosaveRecovery();
    AutosaveRecovery(const AutosaveRecovery &) = delete;
    AutosaveRecovery &operator=(const AutosaveRecovery &) = delete;

    /// Newest first.
    const QList<AutosaveSession> &sessions() const { return m_sessions; }
    /// Reads the newest generation of `session` that loads; false with a message if none.
    static bool load(const AutosaveSession &session, const core::CatalogSet *catalogs,
                     core::Design *out, QString *error);
    /// Deletes the folder of `session` (recovered elsewhere, or discarded).
    void remove(const AutosaveSession &session);

private:
    QList<AutosaveSession> m_sessions;
    std::map<QString, std::unique_ptr<QLockFile>> m_locks;
};

} // namespace portolan::gui
