// SPDX-License-Identifier: GPL-3.0-or-later
// A PAM module for the keyboard-interactive tests: asks one question that is not a password ("Verification
// code: ", echo off, like a one-time-code module) and accepts the answer given as its code= argument.
//
//     auth required /path/to/pam_steward_question.so code=424242
//
// The build root has no libpam headers: the few PAM declarations it needs are written out here (Linux-PAM's
// values); the symbols come from the libpam that sshd loaded it into.
#include <cstdlib>
#include <cstring>

extern "C" {

struct pam_handle;
struct pam_message
{
    int msg_style;
    const char *msg;
};
struct pam_response
{
    char *resp;
    int resp_retcode;
};
struct pam_conv
{
    int (*conv)(int, const pam_message **, pam_response **, void *);
    void *appdata_ptr;
};
int pam_get_item(const pam_handle *pamh, int item, const void **value);

namespace {
constexpr int PamSuccess = 0;
constexpr int PamAuthErr = 7;
constexpr int PamConvItem = 5;
constexpr int PamConvErr = 19;
constexpr int PamPromptEchoOff = 1;
} // namespace

__attribute__((visibility("default"))) int pam_sm_authenticate(pam_handle *pamh,
                                                               int,
                                                               int argc,
                                                               const char **argv)
{
    const char *code = nullptr;
    for (int i = 0; i < argc; ++i) {
        if (std::strncmp(argv[i], "code=", 5) == 0)
            code = argv[i] + 5;
    }
    const void *item = nullptr;
    if (!code || pam_get_item(pamh, PamConvItem, &item) != PamSuccess || !item)
        return PamConvErr;
    const auto *conv = static_cast<const pam_conv *>(item);
    const pam_message message{PamPromptEchoOff, "Verification code: "};
    const pam_message *messages[1] = {&message};
    pam_response *responses = nullptr;
    if (conv->conv(1, messages, &responses, conv->appdata_ptr) != PamSuccess || !responses)
        return PamConvErr;
    const bool right = responses[0].resp && std::strcmp(responses[0].resp, code) == 0;
    if (responses[0].resp) {
        std::memset(responses[0].resp, 0, std::strlen(responses[0].resp));
        std::free(responses[0].resp);
    }
    std::free(responses);
    return right ? PamSuccess : PamAuthErr;
}

__attribute__((visibility("default"))) int pam_sm_setcred(pam_handle *, int, int, const char **)
{
    return PamSuccess;
}
}
