// SPDX-License-Identifier: GPL-3.0-or-later
// A private D-Bus session bus with gnome-keyring-daemon's Secret Service on it, for tests: started in a
// temporary directory, unlocked with a fixed test password, stopped at the end.
#pragma once

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <memory>

namespace Steward::Test {

class KeyringSession
{
public:
    ~KeyringSession() { stop(); }

    // Starts the bus and the keyring and points this process at them (DBUS_SESSION_BUS_ADDRESS,
    // XDG_RUNTIME_DIR). Returns an error text, empty on success. Call before the first keychain job.
    QString start()
    {
        using namespace Qt::StringLiterals;
        if (!m_dir.isValid())
            return u"no temporary directory"_s;
        const QString runtime = m_dir.filePath(u"runtime"_s);
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", runtime.toLocal8Bit());
        qunsetenv("GNOME_KEYRING_CONTROL");
        // The keyring lives in $HOME/.local/share/keyrings; ctest names a private HOME it does not create.
        QDir().mkpath(QDir::homePath());

        m_bus.setProgram(u"dbus-daemon"_s);
        m_bus.setArguments({u"--session"_s,
                            u"--nofork"_s,
                            u"--print-address=1"_s,
                            u"--address=unix:path="_s + m_dir.filePath(u"bus"_s)});
        m_bus.start();
        if (!m_bus.waitForStarted(5000))
            return u"dbus-daemon did not start: "_s + m_bus.errorString();
        QByteArray address;
        const QDeadlineTimer deadline(5000);
        while (!address.contains('\n') && !deadline.hasExpired()) {
            m_bus.waitForReadyRead(100);
            address += m_bus.readAllStandardOutput();
        }
        address = address.trimmed();
        if (address.isEmpty())
            return u"dbus-daemon printed no address"_s;
        qputenv("DBUS_SESSION_BUS_ADDRESS", address);
        m_address = address;

        m_keyring.setProgram(u"gnome-keyring-daemon"_s);
        m_keyring.setArguments({u"--foreground"_s, u"--unlock"_s, u"--components=secrets"_s});
        m_keyring.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_keyring.start();
        if (!m_keyring.waitForStarted(5000))
            return u"gnome-keyring-daemon did not start: "_s + m_keyring.errorString();
        m_keyring.write("steward-test-password");
        m_keyring.waitForBytesWritten(5000); // nothing else runs our event loop here
        m_keyring.closeWriteChannel();

        // Wait until the Secret Service owns its name on our bus.
        const QDeadlineTimer ready(15000);
        QByteArray lastAnswer;
        while (!ready.hasExpired()) {
            QProcess ask;
            ask.start(u"dbus-send"_s,
                      {u"--session"_s,
                       u"--print-reply"_s,
                       u"--dest=org.freedesktop.DBus"_s,
                       u"/org/freedesktop/DBus"_s,
                       u"org.freedesktop.DBus.NameHasOwner"_s,
                       u"string:org.freedesktop.secrets"_s});
            ask.waitForFinished(5000);
            lastAnswer = ask.readAllStandardOutput() + ask.readAllStandardError();
            if (lastAnswer.contains("boolean true"))
                return {};
            if (m_keyring.state() != QProcess::Running)
                return u"gnome-keyring-daemon exited early"_s;
            QThread::msleep(100);
        }
        return u"the Secret Service did not appear on the bus: "_s
               + QString::fromLocal8Bit(lastAnswer);
    }

    void stop()
    {
        for (QProcess *p : {&m_keyring, &m_bus}) {
            if (p->state() != QProcess::NotRunning) {
                p->terminate();
                if (!p->waitForFinished(3000)) {
                    p->kill();
                    p->waitForFinished(3000);
                }
            }
        }
    }

    QString directory() const { return m_dir.path(); }
    QByteArray busAddress() const { return m_address; }

private:
    QTemporaryDir m_dir;
    QProcess m_bus;
    QProcess m_keyring;
    QByteArray m_address;
};

} // namespace Steward::Test
