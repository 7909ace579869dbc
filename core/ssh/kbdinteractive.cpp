// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ssh/kbdinteractive.h"

#include <libssh2.h>

#include <cerrno>
#include <cstring>
#include <poll.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace Steward::Ssh {

namespace {

void wipe(QByteArray &secret)
{
    secret.fill('\0');
    secret.clear();
}

} // namespace

KbdInteractive::KbdInteractive(_LIBSSH2_SESSION *session,
                               int fd,
                               const QByteArray &user,
                               const QByteArray &password,
                               bool hasPassword,
                               QObject *context,
                               Ask ask,
                               Finished finished)
    : m_session(session)
    , m_fd(fd)
    , m_wake(::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK))
    , m_user(user)
    , m_context(context)
    , m_ask(std::move(ask))
    , m_finished(std::move(finished))
    , m_password(password.constData(), password.size()) // our own copy, wiped by us
    , m_hasPassword(hasPassword)
{
    // The callback finds the exchange through the session's abstract pointer; the session's own is put
    // back once the thread is gone.
    void **abstract = libssh2_session_abstract(m_session);
    m_abstract = *abstract;
    *abstract = this;
    m_thread = std::thread([this] { run(); });
}

KbdInteractive::~KbdInteractive()
{
    stop();
    if (m_thread.joinable())
        m_thread.join();
    *libssh2_session_abstract(m_session) = m_abstract;
    if (m_wake >= 0)
        ::close(m_wake);
    wipe(m_password);
    wipe(m_answer);
}

void KbdInteractive::stop()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping)
            return;
        m_stopping = true;
    }
    m_changed.notify_all();
    const quint64 one = 1;
    if (m_wake >= 0)
        (void) !::write(m_wake, &one, sizeof(one));
}

void KbdInteractive::answer(const QByteArray &secret)
{
    {
        std::lock_guard lock(m_mutex);
        wipe(m_answer);
        m_answer = QByteArray(secret.constData(), secret.size());
        m_answered = true;
    }
    m_changed.notify_all();
}

bool KbdInteractive::prompted() const
{
    std::lock_guard lock(m_mutex);
    return m_prompted;
}

bool KbdInteractive::passwordUsed() const
{
    std::lock_guard lock(m_mutex);
    return m_passwordUsed;
}

bool KbdInteractive::holdsSecrets() const
{
    std::lock_guard lock(m_mutex);
    return !m_password.isEmpty() || !m_answer.isEmpty();
}

bool KbdInteractive::isPasswordPrompt(const QByteArray &text, bool echo)
{
    return !echo && text.toLower().contains("password");
}

void KbdInteractive::run()
{
    int rc = LIBSSH2_ERROR_EAGAIN;
    for (;;) {
        rc = libssh2_userauth_keyboard_interactive_ex(m_session,
                                                      m_user.constData(),
                                                      unsigned(m_user.size()),
                                                      &KbdInteractive::respond);
        if (rc != LIBSSH2_ERROR_EAGAIN)
            break;
        {
            std::lock_guard lock(m_mutex);
            if (m_stopping)
                return;
        }
        const int dirs = libssh2_session_block_directions(m_session);
        short events = 0;
        if (dirs & LIBSSH2_SESSION_BLOCK_INBOUND)
            events |= POLLIN;
        if (dirs & LIBSSH2_SESSION_BLOCK_OUTBOUND)
            events |= POLLOUT;
        pollfd fds[2] = {{m_fd, events ? events : short(POLLIN), 0}, {m_wake, POLLIN, 0}};
        if (::poll(fds, 2, -1) < 0 && errno != EINTR)
            break;
        std::lock_guard lock(m_mutex);
        if (m_stopping)
            return;
    }
    {
        std::lock_guard lock(m_mutex);
        wipe(m_password);
        if (m_stopping)
            return;
    }
    if (m_context) {
        QMetaObject::invokeMethod(
            m_context, [finished = m_finished, rc] { finished(rc); }, Qt::QueuedConnection);
    }
}

// On the exchange's thread, inside libssh2: the answer to one prompt.
QByteArray KbdInteractive::reply(const QByteArray &prompt, bool echo, const QByteArray &instruction)
{
    const bool password = isPasswordPrompt(prompt, echo);
    std::unique_lock lock(m_mutex);
    if (password && m_hasPassword) {
        m_passwordUsed = true;
        return m_password;
    }
    if (m_stopping)
        return {};
    Question question;
    question.password = password;
    question.text = QString::fromUtf8(instruction.trimmed().isEmpty()
                                          ? prompt.trimmed()
                                          : instruction.trimmed() + '\n' + prompt.trimmed());
    m_answered = false;
    if (m_context) {
        QMetaObject::invokeMethod(
            m_context, [ask = m_ask, question] { ask(question); }, Qt::QueuedConnection);
    }
    m_changed.wait(lock, [this] { return m_answered || m_stopping; });
    if (m_stopping)
        return {};
    QByteArray answer = m_answer;
    wipe(m_answer);
    m_answered = false;
    if (password) {
        m_password = QByteArray(answer.constData(), answer.size());
        m_hasPassword = true;
        m_passwordUsed = true;
    }
    return answer;
}

void KbdInteractive::respond(const char *,
                             int,
                             const char *instruction,
                             int instructionLength,
                             int count,
                             const LIBSSH2_USERAUTH_KBDINT_PROMPT *prompts,
                             LIBSSH2_USERAUTH_KBDINT_RESPONSE *responses,
                             void **abstract)
{
    auto *self = static_cast<KbdInteractive *>(*abstract);
    if (count > 0) {
        std::lock_guard lock(self->m_mutex);
        self->m_prompted = true;
    }
    const QByteArray info = instruction && instructionLength > 0
                                ? QByteArray(instruction, instructionLength)
                                : QByteArray();
    for (int i = 0; i < count; ++i) {
        const QByteArray prompt(reinterpret_cast<const char *>(prompts[i].text),
                                qsizetype(prompts[i].length));
        // The instruction goes with the first question only.
        QByteArray answer = self->reply(prompt, prompts[i].echo != 0, i == 0 ? info : QByteArray());
        // libssh2 frees the responses with the session's allocator (plain malloc, wiped before free).
        responses[i].text = static_cast<char *>(malloc(size_t(answer.size()) + 1));
        responses[i].length = 0;
        if (responses[i].text) {
            memcpy(responses[i].text, answer.constData(), size_t(answer.size()));
            responses[i].length = unsigned(answer.size());
        }
        wipe(answer);
    }
}

} // namespace Steward::Ssh
