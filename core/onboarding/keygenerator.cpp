// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/onboarding/keygenerator.h"

#include "core/onboarding/authorizedkeys.h"
#include "core/secrets/credentialkey.h"
#include "core/tr.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>

using namespace Qt::StringLiterals;

namespace Steward::Onboarding {

KeyGenerator::KeyGenerator(QObject *parent)
    : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (m_process)
            m_process->kill();
        fail(Core::Tr::tr("ssh-keygen did not finish in time"));
    });
}

KeyGenerator::~KeyGenerator()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000);
    }
}

bool KeyGenerator::isRunning() const
{
    return m_process != nullptr;
}

void KeyGenerator::generate(const QString &privateKeyPath,
                            const QString &comment,
                            QByteArray passphrase)
{
    if (m_process) {
        wipeSecret(passphrase);
        emit failed(Core::Tr::tr("a key is being made already"));
        return;
    }
    m_path = privateKeyPath;
    if (QFileInfo::exists(m_path) || QFileInfo::exists(m_path + u".pub"_s)) {
        wipeSecret(passphrase);
        emit failed(Core::Tr::tr("%1 exists already: choose another file name").arg(m_path));
        return;
    }
    if (comment.contains(u'\n') || comment.contains(u'\r')) {
        wipeSecret(passphrase);
        emit failed(Core::Tr::tr("the key's comment must be one line"));
        return;
    }
    if (passphrase.contains('\n') || passphrase.contains('\r') || passphrase.contains('\0')) {
        wipeSecret(passphrase);
        emit failed(Core::Tr::tr("the passphrase cannot contain a line break"));
        return;
    }
    m_stderr.clear();
    m_process = std::make_unique<QProcess>();
    // No terminal to read from: ssh-keygen reads the passphrase from stdin (readpassphrase() falls back to
    // stdin when /dev/tty cannot be opened). No askpass program either, whatever the user's environment.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"SSH_ASKPASS"_s);
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.insert(u"SSH_ASKPASS_REQUIRE"_s, u"never"_s);
    m_process->setProcessEnvironment(env);
    m_process->setUnixProcessParameters({QProcess::UnixProcessFlag::CreateNewSession
                                         | QProcess::UnixProcessFlag::CloseFileDescriptors
                                         | QProcess::UnixProcessFlag::ResetSignalHandlers});
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    connect(m_process.get(), &QProcess::readyReadStandardError, this, [this] {
        if (m_stderr.size() < 16384)
            m_stderr += m_process->readAllStandardError();
    });
    connect(m_process.get(), &QProcess::readyReadStandardOutput, this, [this] {
        m_process->readAllStandardOutput();
    });
    connect(m_process.get(),
            &QProcess::finished,
            this,
            [this](int exitCode, QProcess::ExitStatus status) {
                finish(status == QProcess::NormalExit ? exitCode : -1);
            });
    connect(m_process.get(), &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(Core::Tr::tr("could not run %1: %2").arg(m_program, m_process->errorString()));
    });
    // -q: no art; -a 100: the key's KDF rounds (OpenSSH's default, stated); no -N: asked on stdin.
    m_process->start(
        m_program,
        {u"-q"_s, u"-t"_s, u"ed25519"_s, u"-a"_s, u"100"_s, u"-C"_s, comment, u"-f"_s, m_path});
    // Asked twice: "Enter passphrase", "Enter same passphrase again". Written now; the pipe keeps it until
    // ssh-keygen reads it.
    QByteArray input = passphrase + '\n' + passphrase + '\n';
    wipeSecret(passphrase);
    m_process->write(input);
    wipeSecret(input);
    m_process->closeWriteChannel();
    m_timeout.start(timeoutMs);
}

void KeyGenerator::finish(int exitCode)
{
    if (!m_process)
        return;
    m_timeout.stop();
    m_stderr += m_process->readAllStandardError();
    if (exitCode != 0) {
        fail(Core::Tr::tr("ssh-keygen failed: %1").arg(QString::fromLocal8Bit(m_stderr).trimmed()));
        return;
    }
    QFile privateKey(m_path);
    if (!privateKey.exists()) {
        fail(Core::Tr::tr("ssh-keygen made no key"));
        return;
    }
    // ssh-keygen writes it 0600; made sure of, whatever the umask.
    if (!privateKey.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        fail(Core::Tr::tr("could not make %1 private (mode 0600)").arg(m_path));
        return;
    }
    QFile pub(m_path + u".pub"_s);
    if (!pub.open(QIODevice::ReadOnly)) {
        fail(Core::Tr::tr("could not read %1: %2").arg(pub.fileName(), pub.errorString()));
        return;
    }
    const QString line = QString::fromUtf8(pub.readAll()).trimmed();
    const auto parsed = PublicKey::parse(line);
    if (!parsed) {
        fail(parsed.error().message);
        return;
    }
    m_process.release()->deleteLater();
    emit generated(m_path, line);
}

void KeyGenerator::fail(const QString &message)
{
    m_timeout.stop();
    if (m_process) {
        m_process->disconnect(this);
        if (m_process->state() != QProcess::NotRunning)
            m_process->kill();
        m_process.release()->deleteLater();
    }
    emit failed(message);
}

} // namespace Steward::Onboarding
