namespace MicroPython.Io;

/// <summary>
/// What <c>os.stat</c> reports about a path: its kind, size, modification time (seconds since the epoch) and
/// permission bits (the low 12 bits of a POSIX mode, e.g. <c>0o644</c>).
/// </summary>
public readonly record struct FileStat(bool IsDirectory, long Size, long ModifiedTime, int Permissions);
