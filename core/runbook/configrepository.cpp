// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/runbook/configrepository.h"

#include "core/tr.h"

#include <git2.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace Steward::Runbook::ConfigRepository {
namespace {

struct Init
{
    Init() { git_libgit2_init(); }
    ~Init() { git_libgit2_shutdown(); }
};

template<typename T, void (*Free)(T *)>
struct Deleter
{
    void operator()(T *p) const
    {
        if (p)
            Free(p);
    }
};
using Repo = std::unique_ptr<git_repository, Deleter<git_repository, git_repository_free>>;
using Ref = std::unique_ptr<git_reference, Deleter<git_reference, git_reference_free>>;
using CommitPtr = std::unique_ptr<git_commit, Deleter<git_commit, git_commit_free>>;
using Tree = std::unique_ptr<git_tree, Deleter<git_tree, git_tree_free>>;
using Index = std::unique_ptr<git_index, Deleter<git_index, git_index_free>>;
using Signature = std::unique_ptr<git_signature, Deleter<git_signature, git_signature_free>>;
using Remote = std::unique_ptr<git_remote, Deleter<git_remote, git_remote_free>>;

QString lastError(const QString &what)
{
    const git_error *e = git_error_last();
    return Core::Tr::tr("%1: %2").arg(what,
                                      e && e->message ? QString::fromUtf8(e->message) : u"?"_s);
}

QString oidText(const git_oid *oid)
{
    char buf[GIT_OID_MAX_HEXSIZE + 1] = {};
    git_oid_tostr(buf, sizeof buf, oid);
    return QString::fromLatin1(buf);
}

int credentials(git_credential **out, const char *, const char *user, unsigned int allowed, void *)
{
    if (allowed & GIT_CREDENTIAL_SSH_KEY)
        return git_credential_ssh_key_from_agent(out, user ? user : "git");
    if (allowed & GIT_CREDENTIAL_DEFAULT)
        return git_credential_default_new(out);
    return GIT_PASSTHROUGH;
}

} // namespace

Result<Outcome> commitFile(const Commit &c, const QByteArray &content)
{
    static Init init;
    Outcome outcome;
    git_repository *rawRepo = nullptr;
    if (git_repository_open(&rawRepo, c.repository.toUtf8().constData()) != 0)
        return Error{lastError(Core::Tr::tr("Could not open the repository %1").arg(c.repository))};
    Repo repo(rawRepo);
    const QByteArray refName = "refs/heads/" + c.branch.toUtf8();
    if (git_reference_is_valid_name(refName.constData()) != 1)
        return Error{Core::Tr::tr("“%1” is not a valid branch name").arg(c.branch)};

    // The parent: the branch's tip, or HEAD's commit for a new branch.
    git_object *parentObject = nullptr;
    const bool branchExists = git_revparse_single(&parentObject, repo.get(), refName.constData())
                              == 0;
    if (!branchExists && git_revparse_single(&parentObject, repo.get(), "HEAD^{commit}") != 0)
        return Error{lastError(Core::Tr::tr("The repository has no commit to branch from"))};
    git_commit *rawParent = nullptr;
    const int peeled = git_object_peel(reinterpret_cast<git_object **>(&rawParent),
                                       parentObject,
                                       GIT_OBJECT_COMMIT);
    git_object_free(parentObject);
    if (peeled != 0)
        return Error{lastError(Core::Tr::tr("Could not read the branch's commit"))};
    CommitPtr parent(rawParent);
    git_tree *rawTree = nullptr;
    if (git_commit_tree(&rawTree, parent.get()) != 0)
        return Error{lastError(Core::Tr::tr("Could not read the commit's tree"))};
    Tree parentTree(rawTree);

    // The new tree: the parent's with the file replaced, in an index of our own (not the clone's).
    git_index *rawIndex = nullptr;
    if (git_index_new(&rawIndex) != 0)
        return Error{lastError(Core::Tr::tr("Could not make an index"))};
    Index index(rawIndex);
    if (git_index_read_tree(index.get(), parentTree.get()) != 0)
        return Error{lastError(Core::Tr::tr("Could not read the tree"))};
    git_index_entry entry{};
    const QByteArray path = c.path.toUtf8();
    entry.path = path.constData();
    entry.mode = GIT_FILEMODE_BLOB;
    if (git_index_add_from_buffer(index.get(), &entry, content.constData(), size_t(content.size()))
        != 0)
        return Error{lastError(Core::Tr::tr("Could not add %1").arg(c.path))};
    git_oid treeId;
    if (git_index_write_tree_to(&treeId, index.get(), repo.get()) != 0)
        return Error{lastError(Core::Tr::tr("Could not write the tree"))};

    git_oid tipId = *git_commit_id(parent.get());
    if (git_oid_equal(&treeId, git_tree_id(parentTree.get())) && branchExists) {
        outcome.log += Core::Tr::tr("Branch %1 already has this %2 (%3).")
                           .arg(c.branch, c.path, oidText(&tipId).left(12))
                       + u'\n';
    } else {
        git_tree *newTree = nullptr;
        if (git_tree_lookup(&newTree, repo.get(), &treeId) != 0)
            return Error{lastError(Core::Tr::tr("Could not read the new tree"))};
        Tree tree(newTree);
        git_signature *rawSig = nullptr;
        int sig = -1;
        if (!c.author.isEmpty()) {
            const QString name = c.author.section(u'<', 0, 0).trimmed();
            const QString email = c.author.section(u'<', 1).section(u'>', 0, 0).trimmed();
            sig = git_signature_now(&rawSig, name.toUtf8().constData(), email.toUtf8().constData());
        } else {
            sig = git_signature_default(&rawSig, repo.get());
            if (sig != 0)
                sig = git_signature_now(&rawSig, "Steward", "steward@localhost");
        }
        if (sig != 0)
            return Error{lastError(Core::Tr::tr("Could not make the commit's signature"))};
        Signature signature(rawSig);
        const git_commit *parents[] = {parent.get()};
        if (git_commit_create(&tipId,
                              repo.get(),
                              nullptr,
                              signature.get(),
                              signature.get(),
                              "UTF-8",
                              c.message.toUtf8().constData(),
                              tree.get(),
                              1,
                              parents)
            != 0)
            return Error{lastError(Core::Tr::tr("Could not commit"))};
        git_reference *rawRef = nullptr;
        if (git_reference_create(&rawRef,
                                 repo.get(),
                                 refName.constData(),
                                 &tipId,
                                 1,
                                 "steward: reviewed docker-compose.yml")
            != 0)
            return Error{lastError(Core::Tr::tr("Could not move branch %1").arg(c.branch))};
        Ref(rawRef).reset();
        outcome.created = true;
        outcome.log += Core::Tr::tr("Committed %1 on branch %2: %3.")
                           .arg(c.path, c.branch, oidText(&tipId).left(12))
                       + u'\n';
    }
    outcome.commit = oidText(&tipId);

    if (c.push) {
        git_remote *rawRemote = nullptr;
        if (git_remote_lookup(&rawRemote, repo.get(), c.remote.toUtf8().constData()) != 0)
            return Error{lastError(Core::Tr::tr("The repository has no remote “%1”").arg(c.remote))};
        Remote remote(rawRemote);
        git_push_options options;
        git_push_options_init(&options, GIT_PUSH_OPTIONS_VERSION);
        options.callbacks.credentials = credentials;
        const QByteArray refspec = refName + ':' + refName;
        char *specs[] = {const_cast<char *>(refspec.constData())};
        const git_strarray array{specs, 1};
        if (git_remote_push(remote.get(), &array, &options) != 0)
            return Error{lastError(Core::Tr::tr("Could not push %1 to %2").arg(c.branch, c.remote))};
        outcome.pushed = true;
        outcome.log += Core::Tr::tr("Pushed %1 to %2.").arg(c.branch, c.remote) + u'\n';
    }
    return outcome;
}

} // namespace Steward::Runbook::ConfigRepository
