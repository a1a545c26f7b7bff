using System.Collections.Generic;
using System.Text;
using MicroPython.Objects;

namespace MicroPython.Runtime;

/// <summary>The errno codes MicroPython's <c>errno</c> module knows, used to print <c>OSError: [Errno 2] ENOENT</c>.</summary>
public static class Errno
{
    public const int EPERM = 1;
    public const int ENOENT = 2;
    public const int EIO = 5;
    public const int EBADF = 9;
    public const int EAGAIN = 11;
    public const int ENOMEM = 12;
    public const int EACCES = 13;
    public const int EEXIST = 17;
    public const int ENODEV = 19;
    public const int EISDIR = 21;
    public const int ENOTDIR = 20;
    public const int EINVAL = 22;
    public const int ENOSPC = 28;
    public const int ENAMETOOLONG = 36;
    public const int ENOTEMPTY = 39;
    public const int EOPNOTSUPP = 95;
    public const int EADDRINUSE = 98;
    public const int ECONNABORTED = 103;
    public const int ECONNRESET = 104;
    public const int ENOBUFS = 105;
    public const int ENOTCONN = 107;
    public const int ETIMEDOUT = 110;
    public const int ECONNREFUSED = 111;
    public const int EHOSTUNREACH = 113;
    public const int EALREADY = 114;
    public const int EINPROGRESS = 115;

    // ENOTDIR, ENAMETOOLONG and ENOTEMPTY have no name in MicroPython's errno module: they print as bare numbers.

    /// <summary>Code → name, in the order the <c>errno</c> module lists them.</summary>
    public static readonly IReadOnlyDictionary<int, string> Names = new Dictionary<int, string>
    {
        [EPERM] = "EPERM", [ENOENT] = "ENOENT", [EIO] = "EIO", [EBADF] = "EBADF", [EAGAIN] = "EAGAIN",
        [ENOMEM] = "ENOMEM", [EACCES] = "EACCES", [EEXIST] = "EEXIST", [ENODEV] = "ENODEV", [EISDIR] = "EISDIR",
        [EINVAL] = "EINVAL", [ENOSPC] = "ENOSPC", [EOPNOTSUPP] = "EOPNOTSUPP", [EADDRINUSE] = "EADDRINUSE",
        [ECONNABORTED] = "ECONNABORTED", [ECONNRESET] = "ECONNRESET", [ENOBUFS] = "ENOBUFS", [ENOTCONN] = "ENOTCONN",
        [ETIMEDOUT] = "ETIMEDOUT", [ECONNREFUSED] = "ECONNREFUSED", [EHOSTUNREACH] = "EHOSTUNREACH",
        [EALREADY] = "EALREADY", [EINPROGRESS] = "EINPROGRESS",
    };

    /// <summary>Appends <c>[Errno n] NAME</c> (plus <c>: detail</c>) when <paramref name="code"/> is a known errno.</summary>
    public static bool TryFormat(PyObject code, PyObject? detail, StringBuilder sb)
    {
        if (code is not IntObject i || code is BoolObject || !Names.TryGetValue((int)i.Value, out var name) || i.Value > int.MaxValue)
        {
            return false;
        }

        sb.Append("[Errno ").Append(i.Value).Append("] ").Append(name);
        if (detail != null)
        {
            sb.Append(": ");
            Ops.PrintTo(sb, detail, false);
        }

        return true;
    }
}
