// SPDX-License-Identifier: GPL-3.0-or-later
// Session: the state machine from the TCP connection to Ready (step()): the SSH handshake, the host key
// check, authentication (agent, key files, keyboard-interactive, password) and the user's answers.
#include "core/ssh/session.h"
#include "core/ssh/session_p.h"

#include "core/ssh/job.h"
#include "core/ssh/kbdinteractive.h"
#include "core/ssh/knownhosts.h"
#include "core/tr.h"

#include <QDir>
#include <QFile>

#include <libssh2.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <malloc.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Steward::Ssh {

namespace {

constexpr int MaxAttempts = 3; // passphrase and password prompts, as OpenSSH's NumberOfPasswordPrompts

// libssh2's allocator for our sessions: every block is wiped before it is freed, so the copies libssh2
// makes of a secret (the keyboard-interactive answers, which it frees itself, and the packets carrying a
// password or passphrase) do not stay behind in freed memory. Plain malloc blocks, with no header of our
// own: libssh2 1.11 (and OpenSSL) free some of the session's blocks with free() and allocate some that
// the session frees, which stays harmless. The size of a block is malloc_usable_size's.
void *wipingAlloc(size_t count, void **)
{
    return malloc(count);
}

void wipingFree(void *block, void **)
{
    if (!block)
        return;
    explicit_bzero(block, malloc_usable_size(block));
    free(block);
}

void *wipingRealloc(void *block, size_t count, void **abstract)
{
    if (!block)
        return malloc(count);
    const size_t usable = malloc_usable_size(block);
    if (count <= usable && count > 0)
        return block;
    void *moved = malloc(count);
    if (!moved)
        return nullptr;
    memcpy(moved, block, std::min(count, usable));
    wipingFree(block, abstract);
    return moved;
}

// True when a private key file needs a passphrase (PEM "ENCRYPTED" or an openssh-key-v1 cipher).
bool isEncrypted(const QByteArray &pem)
{
    if (pem.contains("ENCRYPTED"))
        return true;
    const QByteArray begin = "-----BEGIN OPENSSH PRIVATE KEY-----";
    const qsizetype start = pem.indexOf(begin);
    const qsizetype end = pem.indexOf("-----END OPENSSH PRIVATE KEY-----");
    if (start < 0 || end < 0)
        return false;
    QByteArray body = pem.mid(start + begin.size(), end - start - begin.size());
    body.replace('\n', QByteArray()).replace('\r', QByteArray());
    const QByteArray raw = QByteArray::fromBase64(body);
    const QByteArray magic("openssh-key-v1\0", 15);
    if (!raw.startsWith(magic) || raw.size() < magic.size() + 4)
        return false;
    const auto *p = reinterpret_cast<const unsigned char *>(raw.constData() + magic.size());
    const quint32 len = (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | p[3];
    return raw.mid(magic.size() + 4, len) != "none";
}

} // namespace

QString Session::authenticatedWith() const
{
    return d->authenticatedWith;
}

QString Session::hostKeyType() const
{
    return d->hostKey.isEmpty() ? QString() : KnownHosts::keyType(d->hostKey);
}

QString Session::hostKeyFingerprint() const
{
    return d->hostKey.isEmpty() ? QString() : KnownHosts::fingerprint(d->hostKey);
}

Session::HostKeyProblem Session::hostKeyProblem() const
{
    return d->hostKeyProblem;
}

void Session::trustHostKey()
{
    if (Session *jump = waitingJump()) {
        jump->trustHostKey();
        return;
    }
    if (d->phase != SessionPrivate::Phase::WaitHostKeyAnswer)
        return;
    const QString file = d->endpoint.stewardKnownHostsFile.isEmpty()
                             ? KnownHosts::stewardFile()
                             : d->endpoint.stewardKnownHostsFile;
    if (!KnownHosts::append(file, d->endpoint.host, d->endpoint.port, d->hostKey)) {
        fail(Core::Tr::tr("Could not save the host key in %1.").arg(file), State::Closed);
        return;
    }
    d->phase = SessionPrivate::Phase::AuthList;
    resumeTimeout();
    setState(State::Authenticating);
    schedule();
}

void Session::refuseHostKey()
{
    if (Session *jump = waitingJump()) {
        jump->refuseHostKey();
        return;
    }
    if (d->phase != SessionPrivate::Phase::WaitHostKeyAnswer)
        return;
    fail(Core::Tr::tr("The host key of %1 was not trusted.").arg(d->endpoint.host), State::Closed);
}

void Session::provideSecret(const QByteArray &secret)
{
    if (Session *jump = waitingJump()) {
        jump->provideSecret(secret);
        return;
    }
    // Our own copies (never shared with the caller's buffer), wiped by wipeSecrets().
    if (d->phase == SessionPrivate::Phase::WaitPassphrase) {
        wipe(d->passphrase);
        d->passphrase = QByteArray(secret.constData(), secret.size());
        d->passphraseGiven = true;
        d->phase = SessionPrivate::Phase::KeyFiles;
    } else if (d->phase == SessionPrivate::Phase::WaitPassword) {
        wipe(d->password);
        d->password = QByteArray(secret.constData(), secret.size());
        d->passwordGiven = true;
        d->phase = d->hasMethod("keyboard-interactive") && !d->kbdUseless
                       ? SessionPrivate::Phase::KbdInteractive
                       : SessionPrivate::Phase::Password;
    } else if (d->phase == SessionPrivate::Phase::WaitKbdAnswer && d->kbd) {
        if (d->kbdQuestion == SecretKind::Password) {
            wipe(d->password);
            d->password = QByteArray(secret.constData(), secret.size());
            d->passwordGiven = true;
        }
        d->phase = SessionPrivate::Phase::KbdInteractive;
        d->kbd->answer(secret);
        resumeTimeout();
        return;
    } else {
        return;
    }
    resumeTimeout();
    schedule();
}

void Session::refuseSecret()
{
    if (Session *jump = waitingJump()) {
        jump->refuseSecret();
        return;
    }
    if (d->phase == SessionPrivate::Phase::WaitPassphrase) {
        d->keyQueue.removeFirst();
        d->passphrase.clear();
        d->passphraseGiven = false;
        d->passphraseAttempts = 0;
        d->phase = SessionPrivate::Phase::KeyFiles;
        resumeTimeout();
        schedule();
    } else if (d->phase == SessionPrivate::Phase::WaitPassword
               || (d->phase == SessionPrivate::Phase::WaitKbdAnswer
                   && d->kbdQuestion == SecretKind::Password)) {
        fail(Core::Tr::tr("Permission denied for %1@%2: no password given.")
                 .arg(d->endpoint.user, d->endpoint.host),
             State::Closed);
    } else if (d->phase == SessionPrivate::Phase::WaitKbdAnswer) {
        fail(Core::Tr::tr("Permission denied for %1@%2: the server's question was not answered.")
                 .arg(d->endpoint.user, d->endpoint.host),
             State::Closed);
    }
}

void Session::failDuringAuthentication()
{
    fail(Core::Tr::tr("The connection to %1 was lost during authentication.").arg(d->endpoint.host),
         State::Lost);
}

QString Session::passwordSubject() const
{
    return d->endpoint.user + u'@' + d->endpoint.host
           + (d->endpoint.port == 22 ? QString() : u':' + QString::number(d->endpoint.port));
}

void Session::askPassword()
{
    d->phase = SessionPrivate::Phase::WaitPassword;
    pauseTimeout();
    updateNotifiers();
    emit secretRequested(SecretKind::Password, passwordPrompt(), passwordSubject());
}

QString Session::passwordPrompt() const
{
    return d->passwordAttempts == 0
               ? Core::Tr::tr("Password for %1@%2").arg(d->endpoint.user, d->endpoint.host)
               : Core::Tr::tr("Wrong password for %1@%2; try again")
                     .arg(d->endpoint.user, d->endpoint.host);
}

// Keyboard-interactive: the exchange runs on its own thread (see KbdInteractive); it asks through
// askKbd() and ends in kbdFinished(), both on this thread.
void Session::startKbd()
{
    d->phase = SessionPrivate::Phase::KbdInteractive;
    const int generation = ++d->kbdGeneration;
    d->kbd = std::make_unique<KbdInteractive>(
        d->session.get(),
        d->fd,
        d->endpoint.user.toUtf8(),
        d->password,
        d->passwordGiven,
        this,
        [this, generation](const KbdInteractive::Question &question) {
            if (generation == d->kbdGeneration && d->kbd)
                askKbd(question.password, question.text);
        },
        [this, generation](int rc) {
            if (generation == d->kbdGeneration && d->kbd)
                kbdFinished(rc);
        });
    updateNotifiers();
}

void Session::askKbd(bool password, const QString &text)
{
    d->phase = SessionPrivate::Phase::WaitKbdAnswer;
    d->kbdQuestion = password ? SecretKind::Password : SecretKind::Prompt;
    pauseTimeout();
    if (password) {
        emit secretRequested(SecretKind::Password, passwordPrompt(), passwordSubject());
        return;
    }
    emit secretRequested(SecretKind::Prompt,
                         Core::Tr::tr("%1@%2 asks: %3").arg(d->endpoint.user, d->endpoint.host, text),
                         passwordSubject());
}

void Session::kbdFinished(int rc)
{
    const bool prompted = d->kbd->prompted();
    const bool passwordUsed = d->kbd->passwordUsed();
    d->kbd.reset(); // its thread has ended
    if (rc == 0) {
        d->authenticatedWith = u"keyboard-interactive"_s;
        d->wipeSecrets();
        d->phase = SessionPrivate::Phase::Ready;
        schedule();
        return;
    }
    if (isFatal(rc)) {
        failDuringAuthentication();
        return;
    }
    if (!prompted) {
        // No prompt (no PAM): only "password" checks passwords on this server.
        d->kbdUseless = true;
        if (d->hasMethod("password")) {
            if (d->passwordGiven) {
                d->phase = SessionPrivate::Phase::Password;
                schedule();
            } else {
                askPassword();
            }
            return;
        }
        fail(Core::Tr::tr("Permission denied for %1@%2 (server offers: %3).")
                 .arg(d->endpoint.user, d->endpoint.host, QString::fromLatin1(d->methods)),
             State::Closed);
        return;
    }
    if (passwordUsed) {
        wrongPassword();
        return;
    }
    // Only the server's other questions were answered, and wrongly: ask them again (three times in all).
    if (++d->passwordAttempts < MaxAttempts) {
        startKbd();
        return;
    }
    fail(Core::Tr::tr("Permission denied for %1@%2: the server refused the answers.")
             .arg(d->endpoint.user, d->endpoint.host),
         State::Closed);
}

bool Session::holdsSecrets() const
{
    return !d->password.isEmpty() || !d->passphrase.isEmpty() || (d->kbd && d->kbd->holdsSecrets());
}

// A password was refused: ask again (three times in all, as OpenSSH does), then give up.
void Session::wrongPassword()
{
    wipe(d->password);
    d->passwordGiven = false;
    if (++d->passwordAttempts < MaxAttempts) {
        askPassword();
        return;
    }
    fail(Core::Tr::tr("Permission denied for %1@%2: wrong password.")
             .arg(d->endpoint.user, d->endpoint.host),
         State::Closed);
}

void Session::step()
{
    using Phase = SessionPrivate::Phase;
    LIBSSH2_SESSION *s = d->session.get();
    switch (d->phase) {
    case Phase::Idle:
    case Phase::Resolve:
    case Phase::WaitHostKeyAnswer:
    case Phase::WaitPassphrase:
    case Phase::WaitPassword:
    case Phase::WaitKbdAnswer:
        updateNotifiers();
        return;
    case Phase::KbdInteractive:
        // Its thread has the libssh2 session until it ends (kbdFinished()).
        if (!d->kbd)
            startKbd();
        updateNotifiers();
        return;
    case Phase::TcpConnect: {
        int err = 0;
        socklen_t len = sizeof(err);
        ::getsockopt(d->fd, SOL_SOCKET, SO_ERROR, &err, &len);
        if (err == EINPROGRESS || err == EALREADY)
            return;
        if (err != 0) {
            d->connectError = Core::Tr::tr("Could not connect to %1 port %2: %3")
                                  .arg(d->endpoint.host)
                                  .arg(d->endpoint.port)
                                  .arg(QString::fromLocal8Bit(strerror(err)));
            tryNextAddress(); // fails with connectError when none is left
            return;
        }
        d->addresses.clear();
        d->session.reset(libssh2_session_init_ex(wipingAlloc, wipingFree, wipingRealloc, d.get()));
        s = d->session.get();
        if (!s) {
            fail(Core::Tr::tr("Could not create an SSH session."), State::Lost);
            return;
        }
        libssh2_session_set_blocking(s, 0);
        // As OpenSSH: the key types known for this host first, so that a server with several host keys
        // presents one we can check (libssh2 compares keys of the presented type only: a host known by
        // its ECDSA key that presented its ed25519 key would look never seen).
        d->known = std::make_unique<KnownHosts>();
        d->known->addFile(d->endpoint.userKnownHostsFile.isEmpty()
                              ? KnownHosts::userFile()
                              : d->endpoint.userKnownHostsFile);
        d->known->addFile(d->endpoint.stewardKnownHostsFile.isEmpty()
                              ? KnownHosts::stewardFile()
                              : d->endpoint.stewardKnownHostsFile);
        d->knownKeys = d->known->keysFor(d->endpoint.host, d->endpoint.port);
        QStringList knownTypes;
        for (const KnownHosts::Key &key : std::as_const(d->knownKeys))
            knownTypes.append(key.type);
        const QByteArray algorithms = KnownHosts::hostKeyAlgorithms(knownTypes);
        libssh2_session_method_pref(s, LIBSSH2_METHOD_HOSTKEY, algorithms.constData());
        // Ciphers: AES-GCM first, which OpenSSL runs on the CPU's AES instructions (libssh2's own
        // chacha20-poly1305, its default first choice, is portable C and limits an SFTP transfer to what
        // one core can decrypt); then chacha20 and AES-CTR for servers without GCM. The CBC modes and the
        // broken ones (arcfour, 3des, blowfish, cast128) are not offered.
        static constexpr char ciphers[] = "aes128-gcm@openssh.com,aes256-gcm@openssh.com,"
                                          "chacha20-poly1305@openssh.com,"
                                          "aes128-ctr,aes192-ctr,aes256-ctr";
        libssh2_session_method_pref(s, LIBSSH2_METHOD_CRYPT_CS, ciphers);
        libssh2_session_method_pref(s, LIBSSH2_METHOD_CRYPT_SC, ciphers);
        d->phase = Phase::Handshake;
        [[fallthrough]];
    }
    case Phase::Handshake: {
        const int rc = libssh2_session_handshake(s, d->fd);
        if (rc == LIBSSH2_ERROR_EAGAIN)
            break;
        if (rc == LIBSSH2_ERROR_KEX_FAILURE) {
            // No algorithm in common: a server that offers only old ciphers (CBC, 3DES), key
            // exchanges or host key types Steward does not accept.
            char *text = nullptr;
            libssh2_session_last_error(s, &text, nullptr, 0);
            fail(Core::Tr::tr(
                     "The SSH handshake with %1 failed: the server and Steward have no "
                     "cipher, key exchange or host key type in common (%2). Steward offers "
                     "AES-GCM, chacha20-poly1305 and AES-CTR ciphers, not CBC, 3DES or RC4.")
                     .arg(d->endpoint.host, QString::fromUtf8(text ? text : "")),
                 State::Lost);
            return;
        }
        if (rc != 0) {
            fail(Core::Tr::tr("The SSH handshake with %1 failed (error %2).")
                     .arg(d->endpoint.host)
                     .arg(rc),
                 State::Lost);
            return;
        }
        d->phase = Phase::HostKey;
        [[fallthrough]];
    }
    case Phase::HostKey: {
        size_t len = 0;
        int type = 0;
        const char *key = libssh2_session_hostkey(s, &len, &type);
        if (!key) {
            fail(Core::Tr::tr("The server %1 sent no host key.").arg(d->endpoint.host), State::Lost);
            return;
        }
        d->hostKey = QByteArray(key, qsizetype(len));
        const KnownHosts::Check check = d->known->check(d->endpoint.host,
                                                        d->endpoint.port,
                                                        d->hostKey);
        if (check == KnownHosts::Check::Mismatch || check == KnownHosts::Check::Revoked) {
            d->hostKeyProblem = check == KnownHosts::Check::Revoked ? HostKeyProblem::Revoked
                                                                    : HostKeyProblem::Changed;
            fail(Core::Tr::tr(
                     "The host key of %1 has CHANGED (now %2 %3). Someone may be intercepting "
                     "the connection, or the server was reinstalled. Connection refused; "
                     "remove the old key from known_hosts only if you know why it changed.")
                     .arg(d->endpoint.host,
                          KnownHosts::keyType(d->hostKey),
                          KnownHosts::fingerprint(d->hostKey)),
                 State::Closed);
            return;
        }
        if (check == KnownHosts::Check::NotFound && !d->knownKeys.isEmpty()) {
            // Known, but by keys of other types only, and the server did not present any of them (they
            // were asked for first): as suspicious as a changed key, never a first-connection question.
            QStringList known;
            for (const KnownHosts::Key &k : std::as_const(d->knownKeys))
                known.append(k.type + u' ' + KnownHosts::fingerprint(k.blob));
            d->hostKeyProblem = HostKeyProblem::KnownUnderOtherType;
            fail(Core::Tr::tr(
                     "The server %1 presented a %2 key (%3), but it is known under another key "
                     "type only: %4. The server may have been reinstalled, or someone may be "
                     "intercepting the connection. Connection refused; check the key on the "
                     "server before you add it to known_hosts.")
                     .arg(d->endpoint.host,
                          KnownHosts::keyType(d->hostKey),
                          KnownHosts::fingerprint(d->hostKey),
                          known.join(u", "_s)),
                 State::Closed);
            return;
        }
        if (check == KnownHosts::Check::NotFound) {
            d->phase = Phase::WaitHostKeyAnswer;
            pauseTimeout();
            updateNotifiers();
            emit hostKeyUnknown(KnownHosts::fingerprint(d->hostKey),
                                KnownHosts::keyType(d->hostKey),
                                d->endpoint.alias.isEmpty() ? d->endpoint.host : d->endpoint.alias);
            return;
        }
        d->phase = Phase::AuthList;
        setState(State::Authenticating);
        [[fallthrough]];
    }
    case Phase::AuthList: {
        const QByteArray user = d->endpoint.user.toUtf8();
        const char *list = libssh2_userauth_list(s, user.constData(), unsigned(user.size()));
        if (!list) {
            if (libssh2_userauth_authenticated(s)) {
                d->authenticatedWith = u"none"_s;
                d->phase = Phase::Ready;
                break;
            }
            if (libssh2_session_last_errno(s) == LIBSSH2_ERROR_EAGAIN)
                break;
            fail(Core::Tr::tr("The server %1 refused to list authentication methods.")
                     .arg(d->endpoint.host),
                 State::Lost);
            return;
        }
        d->methods = QByteArray(list);
        d->phase = Phase::Agent;
        [[fallthrough]];
    }
    case Phase::Agent: {
        QString socket = d->endpoint.agentSocket.isEmpty() ? qEnvironmentVariable("SSH_AUTH_SOCK")
                                                           : d->endpoint.agentSocket;
        if (socket == u"none" || d->endpoint.identitiesOnly || !d->hasMethod("publickey"))
            socket.clear();
        if (!socket.isEmpty() && !d->agentStarted) {
            // The agent answers on its own socket, watched by the event loop: one that asks its user
            // to confirm (ssh-add -c, KeePassXC, a pinentry) holds up this session only, never the
            // thread, and the connect timeout waits meanwhile as it does for the user's answers.
            d->agentStarted = true;
            d->agentIndex = 0;
            d->agent.reset(new Agent);
            d->agentAbstract = d->agent.get();
            connect(d->agent.get(), &Agent::changed, this, [this] {
                if (d->phase == SessionPrivate::Phase::Agent)
                    schedule();
            });
            d->agent->start(socket);
        }
        bool done = false;
        while (d->agent) {
            if (d->agent->busy()) {
                pauseTimeout();
                updateNotifiers();
                return; // Agent::changed() steps again
            }
            resumeTimeout();
            if (d->agentIndex >= d->agent->identities().size())
                break;
            const QByteArray user = d->endpoint.user.toUtf8();
            const QByteArray &blob = d->agent->identities().at(d->agentIndex).blob;
            const int rc = libssh2_userauth_publickey(s,
                                                      user.constData(),
                                                      reinterpret_cast<const unsigned char *>(
                                                          blob.constData()),
                                                      size_t(blob.size()),
                                                      &Agent::signCallback,
                                                      &d->agentAbstract);
            if (rc == LIBSSH2_ERROR_EAGAIN) {
                if (d->agent->busy())
                    continue; // the signature is asked for: wait for the agent
                updateNotifiers();
                return; // waiting for the server
            }
            if (rc == 0) {
                d->authenticatedWith = u"publickey (agent)"_s;
                done = true;
                break;
            }
            if (isFatal(rc)) {
                d->agent.reset();
                failDuringAuthentication();
                return;
            }
            d->agent->resetSignature(); // refused by the server or the agent: the next key
            ++d->agentIndex;
        }
        d->agent.reset();
        d->agentAbstract = nullptr;
        if (done) {
            d->phase = Phase::Ready;
            break;
        }
        d->keyQueue.clear();
        if (d->hasMethod("publickey")) {
            QStringList files = d->endpoint.identityFiles;
            if (files.isEmpty()) {
                const QString dir = QDir::homePath() + u"/.ssh/"_s;
                files = {dir + u"id_ed25519"_s, dir + u"id_ecdsa"_s, dir + u"id_rsa"_s};
            }
            for (const QString &file : std::as_const(files)) {
                if (QFile::exists(file))
                    d->keyQueue.append(file);
            }
        }
        d->phase = Phase::KeyFiles;
        [[fallthrough]];
    }
    case Phase::KeyFiles: {
        while (!d->keyQueue.isEmpty()) {
            const QString file = d->keyQueue.first();
            if (!d->passphraseGiven) {
                QFile f(file);
                if (f.open(QIODevice::ReadOnly) && isEncrypted(f.readAll())) {
                    d->phase = Phase::WaitPassphrase;
                    pauseTimeout();
                    updateNotifiers();
                    emit secretRequested(SecretKind::KeyPassphrase,
                                         d->passphraseAttempts == 0
                                             ? Core::Tr::tr("Passphrase for the key %1").arg(file)
                                             : Core::Tr::tr("Wrong passphrase for the key %1; "
                                                            "try again")
                                                   .arg(file),
                                         file);
                    return;
                }
            }
            const QByteArray user = d->endpoint.user.toUtf8();
            const QByteArray priv = QFile::encodeName(file);
            const QByteArray pub = QFile::encodeName(file + u".pub"_s);
            const bool hasPub = QFile::exists(file + u".pub"_s);
            const int rc = libssh2_userauth_publickey_fromfile_ex(s,
                                                                  user.constData(),
                                                                  unsigned(user.size()),
                                                                  hasPub ? pub.constData() : nullptr,
                                                                  priv.constData(),
                                                                  d->passphrase.constData());
            if (rc == LIBSSH2_ERROR_EAGAIN) {
                updateNotifiers();
                return;
            }
            const bool hadPassphrase = d->passphraseGiven;
            wipe(d->passphrase);
            d->passphraseGiven = false;
            if (rc == 0) {
                d->keyQueue.removeFirst();
                d->passphraseAttempts = 0;
                d->authenticatedWith = u"publickey"_s;
                d->phase = Phase::Ready;
                break;
            }
            if (isFatal(rc)) {
                failDuringAuthentication();
                return;
            }
            // The key could not be decrypted (libssh2 says so with FILE, KEYFILE_AUTH_FAILED, or
            // PUBLICKEY_UNVERIFIED when the signing callback failed; a key the server does not accept is
            // AUTHENTICATION_FAILED): ask again, three times in all, as OpenSSH does.
            const bool undecryptable = rc == LIBSSH2_ERROR_FILE
                                       || rc == LIBSSH2_ERROR_KEYFILE_AUTH_FAILED
                                       || rc == LIBSSH2_ERROR_PUBLICKEY_UNVERIFIED;
            if (hadPassphrase && undecryptable && ++d->passphraseAttempts < MaxAttempts)
                continue;
            d->keyQueue.removeFirst();
            d->passphraseAttempts = 0;
        }
        if (d->phase == Phase::Ready)
            break;
        // Keyboard-interactive first, as OpenSSH: its prompts say what they want (a password is asked
        // when one is prompted for); then the password method.
        if (d->hasMethod("keyboard-interactive") && !d->kbdUseless) {
            startKbd();
            return;
        }
        if (d->hasMethod("password")) {
            askPassword();
            return;
        }
        fail(Core::Tr::tr("Permission denied for %1@%2 (server offers: %3).")
                 .arg(d->endpoint.user, d->endpoint.host, QString::fromLatin1(d->methods)),
             State::Closed);
        return;
    }
    case Phase::Password: {
        const QByteArray user = d->endpoint.user.toUtf8();
        const int rc = libssh2_userauth_password_ex(s,
                                                    user.constData(),
                                                    unsigned(user.size()),
                                                    d->password.constData(),
                                                    unsigned(d->password.size()),
                                                    nullptr);
        if (rc == LIBSSH2_ERROR_EAGAIN)
            break;
        if (rc != 0) {
            if (isFatal(rc))
                failDuringAuthentication();
            else
                wrongPassword();
            return;
        }
        d->wipeSecrets();
        d->authenticatedWith = u"password"_s;
        d->phase = Phase::Ready;
        break;
    }
    case Phase::Ready:
        break;
    }

    if (d->phase == Phase::Ready && d->state != State::Ready) {
        d->connectTimer.stop();
        if (d->endpoint.keepaliveSeconds > 0) {
            libssh2_keepalive_config(s, 1, unsigned(d->endpoint.keepaliveSeconds));
            d->keepaliveTimer.start(d->endpoint.keepaliveSeconds * 1000);
        }
        d->sinceRead.start();
        setState(State::Ready);
        if (d->phase != Phase::Ready) // a slot closed the session
            return;
    }

    if (d->phase == Phase::Ready && !d->abandoned.isEmpty()) {
        serviceAbandoned();
        if (d->phase != Phase::Ready)
            return;
    }
    if (d->phase == Phase::Ready) {
        // Serve the channels until nothing moves; a budget keeps the event loop (and the GUI) responsive.
        bool again = false;
        for (int round = 0; round < 16; ++round) {
            bool progress = false;
            bool wantMore = false;
            const QList<QPointer<Job>> jobs = d->jobs;
            for (const QPointer<Job> &job : jobs) {
                if (!job || d->phase != Phase::Ready)
                    continue;
                if (job->needsOpening()) {
                    if (!mayOpen(job))
                        continue;
                    d->opening = job;
                }
                progress = job->service(wantMore) || progress;
                if (d->phase != Phase::Ready)
                    return; // the session failed meanwhile
            }
            d->jobs.removeAll(QPointer<Job>());
            again = wantMore;
            if (!progress)
                break;
        }
        if (again)
            schedule();
        if (d->keepaliveDue) {
            sendKeepalive();
            if (d->phase != Phase::Ready)
                return;
        }
        if (!hasReader() && d->fd >= 0) {
            char c;
            const ssize_t n = ::recv(d->fd, &c, 1, MSG_PEEK | MSG_DONTWAIT);
            if (n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK)) {
                fail(Core::Tr::tr("The connection to %1 was lost.").arg(d->endpoint.host),
                     State::Lost);
                return;
            }
            // Bytes nobody reads yet (a keepalive answer, output for a paused command): leave them in the
            // socket until a job reads it again.
            d->idleDataPending = n > 0;
        }
    }
    updateNotifiers();
}

} // namespace Steward::Ssh
