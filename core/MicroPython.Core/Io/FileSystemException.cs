using System;

namespace MicroPython.Io;

/// <summary>
/// A filesystem operation failed; <see cref="Errno"/> is the POSIX code MicroPython reports
/// (<c>MicroPython.Runtime.Errno</c> names them). The kernel turns it into <c>OSError(errno)</c>.
/// </summary>
public sealed class FileSystemException : Exception
{
    public FileSystemException(int errno)
        : base($"filesystem error {errno}")
    {
        Errno = errno;
    }

    public FileSystemException()
        : this(MicroPython.Runtime.Errno.EIO)
    {
    }

    public FileSystemException(string message)
        : base(message)
    {
        Errno = MicroPython.Runtime.Errno.EIO;
    }

    public FileSystemException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errno = MicroPython.Runtime.Errno.EIO;
    }

    /// <summary>The POSIX errno (2 = ENOENT, 17 = EEXIST, 21 = EISDIR, …).</summary>
    public int Errno { get; }
}
