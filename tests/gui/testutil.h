#pragma once

#include "model/design.h"

#include <QStandardPaths>

namespace testutil {

inline portolan::core::Zone zone(const QString &id, const QRectF &rect, bool firewalled = true,
                                 const QString &parent = QString())
{
    portolan::core::Zone z;
    z.id = id;
    z.name = id.toUpper();
    z.rect = rect;
    z.hasRect = true;
    z.firewalled = firewalled;
    z.parent = parent;
    return z;
}

inline portolan::core::Node node(const QString &id, const QString &type, const QPointF &pos,
                                 const QString &zone, const QString &host = QString())
{
    portolan::core::Node n;
    n.id = id;
    n.type = type;
    n.name = id;
    n.pos = pos;
    n.hasPos = true;
    n.zone = zone;
    n.host = host.isEmpty() ? id : host;
    return n;
}

/// Keeps the tests away from the user's settings and recent files.
inline void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
}

} // namespace testutil
