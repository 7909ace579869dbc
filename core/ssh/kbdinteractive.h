// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

struct _LIBSSH2_SESSION;
struct _LIBSSH2_USERAUTH_KBDINT_PROMPT;
struct _LIBSSH2_USERAUTH_KBDINT_RESPONSE;

namespace Steward::Ssh {

// One keyboard-interactive exchange (RFC 4256) of a Session, on a thread of its own. libssh2 hands every
// prompt of the server to a callback that must return the answers, so a question only the user can
// answer (a one-time code) cannot wait for the event loop: the exchange runs libssh2 on this thread,
// polling the session's socket itself, and its callback waits for the answer. The session's thread leaves
// libssh2 alone meanwhile (nothing else runs on a session before it is Ready).
//
// Password prompts (echo off, "password" in the text, as OpenSSH tells them) are answered with the
// password when one is known; every other prompt is asked through ask(), on the context's thread.
class KbdInteractive
{
public:
    struct Question
    {
        bool password = false; // a password prompt (and no password known)
        QString text;          // the server's prompt, after its instruction if it sent one
    };
    using Ask = std::function<void(const Question &)>;
    using Finished = std::function<void(int rc)>; // libssh2's result; never called once stopped

    // Starts at once. password: empty with hasPassword false when none is known yet.
    KbdInteractive(_LIBSSH2_SESSION *session,
                   int fd,
                   const QByteArray &user,
                   const QByteArray &password,
                   bool hasPassword,
                   QObject *context,
                   Ask ask,
                   Finished finished);
    // Stops (see stop()) and waits for the thread, which never waits on the network for long: libssh2 is
    // in non-blocking mode and the poll is woken up.
    ~KbdInteractive();

    // The answer to the last ask(); a password answer also answers later password prompts.
    void answer(const QByteArray &secret);
    // Stops the exchange: an open question gets an empty answer and no further libssh2 call is made.
    // Shut the socket down first so that nothing more reaches the server.
    void stop();

    // After finished(): whether the server asked anything, and whether the password answered a prompt.
    bool prompted() const;
    bool passwordUsed() const;
    // Whether the exchange still holds a copy of a secret (for the session's test hook).
    bool holdsSecrets() const;

    // OpenSSH's rule for a prompt the password answers: echo off and "password" in the text.
    static bool isPasswordPrompt(const QByteArray &text, bool echo);

private:
    static void respond(const char *name,
                        int nameLength,
                        const char *instruction,
                        int instructionLength,
                        int count,
                        const ::_LIBSSH2_USERAUTH_KBDINT_PROMPT *prompts,
                        ::_LIBSSH2_USERAUTH_KBDINT_RESPONSE *responses,
                        void **abstract);
    void run();
    QByteArray reply(const QByteArray &prompt, bool echo, const QByteArray &instruction);

    _LIBSSH2_SESSION *m_session;
    int m_fd;
    int m_wake = -1; // eventfd: wakes the thread's poll
    QByteArray m_user;
    QPointer<QObject> m_context;
    Ask m_ask;
    Finished m_finished;
    void *m_abstract = nullptr; // the session's own, restored at the end

    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    QByteArray m_password;
    bool m_hasPassword = false;
    QByteArray m_answer;
    bool m_answered = false;
    bool m_stopping = false;
    bool m_prompted = false;
    bool m_passwordUsed = false;
    std::thread m_thread;
};

} // namespace Steward::Ssh
