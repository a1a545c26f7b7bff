using System.Collections.Generic;
using MicroPython.Io;

namespace MicroPython.Runtime;

// The filesystem behind open() and the os module, and the file-descriptor numbers of open files.
public sealed partial class PyRuntime
{
    private readonly SortedSet<int> _openFds = new();

    /// <summary>
    /// The filesystem <c>open()</c> and <c>os</c> work on (MicroPython's VFS root). The port installs it (the host's
    /// files, a simulated board's flash); while unset, every file operation raises <c>OSError: [Errno 2] ENOENT</c>,
    /// as on a board with nothing mounted.
    /// </summary>
    public IFileSystem? FileSystem { get; set; }

    /// <summary>The installed filesystem, or <c>OSError: [Errno 2] ENOENT</c> when there is none.</summary>
    internal IFileSystem RequireFileSystem() => FileSystem ?? throw Errors.OSError(Errno.ENOENT);

    /// <summary>
    /// The lowest free descriptor number from 3 up (0–2 are the standard streams), as POSIX hands them out; it is what
    /// <c>fileno()</c> returns and what a file prints as (<c>&lt;io.TextIOWrapper 3&gt;</c>).
    /// </summary>
    internal int AllocateFd()
    {
        int fd = 3;
        foreach (int used in _openFds)
        {
            if (used != fd)
            {
                break;
            }

            fd++;
        }

        _openFds.Add(fd);
        return fd;
    }

    /// <summary>Returns a descriptor number to the pool when its file is closed.</summary>
    internal void ReleaseFd(int fd) => _openFds.Remove(fd);
}
