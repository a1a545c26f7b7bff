using System.Collections.Generic;
using System.IO;

namespace MicroPython.Io;

/// <summary>
/// The filesystem a runtime's <c>open()</c> and <c>os</c> functions work on: what MicroPython's VFS layer asks of a
/// mounted filesystem. The kernel knows no real filesystem; a port installs one (the host's files, a simulated
/// board's flash) in <see cref="Runtime.PyRuntime.FileSystem"/>. Paths are given as Python code wrote them
/// (relative paths resolve against <see cref="GetCurrentDirectory"/>). Every failure is reported by throwing
/// <see cref="FileSystemException"/> with the errno MicroPython would report (<c>OSError: [Errno 2] ENOENT</c>).
/// </summary>
public interface IFileSystem
{
    /// <summary>Opens a file as a seekable stream positioned as <paramref name="mode"/> asks (at the end for append).</summary>
    Stream Open(string path, FileOpenMode mode);

    /// <summary>Facts about a file or directory (<c>os.stat</c>).</summary>
    FileStat Stat(string path);

    /// <summary>The names in a directory, without <c>.</c> and <c>..</c> (<c>os.listdir</c>).</summary>
    IReadOnlyList<string> ListDirectory(string path);

    /// <summary>Creates a directory; its parent must exist (<c>os.mkdir</c>).</summary>
    void MakeDirectory(string path);

    /// <summary>Deletes a file, not a directory (<c>os.remove</c>).</summary>
    void Remove(string path);

    /// <summary>Renames or moves a file or directory (<c>os.rename</c>); an existing target file is replaced.</summary>
    void Rename(string oldPath, string newPath);

    /// <summary>Deletes an empty directory (<c>os.rmdir</c>).</summary>
    void RemoveDirectory(string path);

    /// <summary>The current directory (<c>os.getcwd</c>).</summary>
    string GetCurrentDirectory();

    /// <summary>Changes the current directory (<c>os.chdir</c>).</summary>
    void ChangeDirectory(string path);
}
