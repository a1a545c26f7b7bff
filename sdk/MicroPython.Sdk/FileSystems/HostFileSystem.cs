using System;
using System.Collections.Generic;
using System.IO;
using MicroPython.Io;
using MicroPython.Runtime;

namespace MicroPython.Sdk.FileSystems;

/// <summary>
/// The host computer's files as a MicroPython filesystem (the unix port's <c>VfsPosix</c> mounted at <c>/</c>).
/// The current directory is this object's own (starting at the process's), so <c>os.chdir</c> in one runtime does
/// not move another. .NET I/O failures become the POSIX errno MicroPython would report.
/// </summary>
public sealed class HostFileSystem : IFileSystem
{
    private string _cwd;

    /// <summary>Creates a filesystem whose current directory is the process's current directory.</summary>
    public HostFileSystem()
        : this(Directory.GetCurrentDirectory())
    {
    }

    /// <summary>Creates a filesystem with the given current directory.</summary>
    public HostFileSystem(string currentDirectory)
    {
        _cwd = Path.GetFullPath(currentDirectory);
    }

    /// <inheritdoc/>
    public Stream Open(string path, FileOpenMode mode)
    {
        string full = Resolve(path);
        return Guard<Stream>(() =>
        {
            if (Directory.Exists(full))
            {
                throw new FileSystemException(Errno.EISDIR);
            }

            if (mode.Exclusive && File.Exists(full))
            {
                throw new FileSystemException(Errno.EEXIST);
            }

            var fileMode = mode.Exclusive ? FileMode.CreateNew
                : mode.Truncate ? FileMode.Create
                : mode.Create ? FileMode.OpenOrCreate
                : FileMode.Open;
            var access = mode.Read && mode.Write ? FileAccess.ReadWrite : mode.Write ? FileAccess.Write : FileAccess.Read;
            var stream = new FileStream(full, fileMode, access, FileShare.ReadWrite | FileShare.Delete);
            return mode.Append ? new AppendStream(stream) : stream;
        });
    }

    /// <inheritdoc/>
    public FileStat Stat(string path)
    {
        string full = Resolve(path);
        return Guard(() =>
        {
            FileSystemInfo info = Directory.Exists(full) ? new DirectoryInfo(full) : new FileInfo(full);
            if (!info.Exists)
            {
                throw new FileSystemException(Errno.ENOENT);
            }

            int permissions = OperatingSystem.IsWindows() ? (info is DirectoryInfo ? 0x1FF : 0x1B6) : (int)info.UnixFileMode;
            long size = info is FileInfo f ? f.Length : 4096;
            return new FileStat(info is DirectoryInfo, size, new DateTimeOffset(info.LastWriteTimeUtc).ToUnixTimeSeconds(), permissions);
        });
    }

    /// <inheritdoc/>
    public IReadOnlyList<string> ListDirectory(string path)
    {
        string full = Resolve(path);
        return Guard(() =>
        {
            if (File.Exists(full))
            {
                throw new FileSystemException(Errno.ENOTDIR);
            }

            var names = new List<string>();
            foreach (var entry in Directory.EnumerateFileSystemEntries(full))
            {
                names.Add(Path.GetFileName(entry));
            }

            return (IReadOnlyList<string>)names;
        });
    }

    /// <inheritdoc/>
    public void MakeDirectory(string path)
    {
        string full = Resolve(path);
        Guard(() =>
        {
            if (Directory.Exists(full) || File.Exists(full))
            {
                throw new FileSystemException(Errno.EEXIST);
            }

            if (!Directory.Exists(Path.GetDirectoryName(full)))
            {
                throw new FileSystemException(Errno.ENOENT);
            }

            Directory.CreateDirectory(full);
            return 0;
        });
    }

    /// <inheritdoc/>
    public void Remove(string path)
    {
        string full = Resolve(path);
        Guard(() =>
        {
            if (Directory.Exists(full))
            {
                throw new FileSystemException(Errno.EISDIR);
            }

            if (!File.Exists(full))
            {
                throw new FileSystemException(Errno.ENOENT);
            }

            File.Delete(full);
            return 0;
        });
    }

    /// <inheritdoc/>
    public void Rename(string oldPath, string newPath)
    {
        string from = Resolve(oldPath), to = Resolve(newPath);
        Guard(() =>
        {
            if (Directory.Exists(from))
            {
                Directory.Move(from, to);
            }
            else if (File.Exists(from))
            {
                File.Move(from, to, overwrite: true);
            }
            else
            {
                throw new FileSystemException(Errno.ENOENT);
            }

            return 0;
        });
    }

    /// <inheritdoc/>
    public void RemoveDirectory(string path)
    {
        string full = Resolve(path);
        Guard(() =>
        {
            if (File.Exists(full))
            {
                throw new FileSystemException(Errno.ENOTDIR);
            }

            if (!Directory.Exists(full))
            {
                throw new FileSystemException(Errno.ENOENT);
            }

            using (var entries = Directory.EnumerateFileSystemEntries(full).GetEnumerator())
            {
                if (entries.MoveNext())
                {
                    throw new FileSystemException(Errno.ENOTEMPTY);
                }
            }

            Directory.Delete(full);
            return 0;
        });
    }

    /// <inheritdoc/>
    public string GetCurrentDirectory() => _cwd;

    /// <inheritdoc/>
    public void ChangeDirectory(string path)
    {
        string full = Resolve(path);
        if (!Directory.Exists(full))
        {
            throw new FileSystemException(File.Exists(full) ? Errno.ENOTDIR : Errno.ENOENT);
        }

        _cwd = full;
    }

    private string Resolve(string path)
    {
        if (path.Length == 0)
        {
            throw new FileSystemException(Errno.ENOENT);
        }

        return Path.GetFullPath(path, _cwd);
    }

    /// <summary>Runs a host call, mapping .NET's I/O exceptions to errno codes.</summary>
    private static T Guard<T>(Func<T> op)
    {
        try
        {
            return op();
        }
        catch (FileSystemException)
        {
            throw;
        }
        catch (FileNotFoundException)
        {
            throw new FileSystemException(Errno.ENOENT);
        }
        catch (DirectoryNotFoundException)
        {
            throw new FileSystemException(Errno.ENOENT);
        }
        catch (UnauthorizedAccessException)
        {
            throw new FileSystemException(Errno.EACCES);
        }
        catch (PathTooLongException)
        {
            throw new FileSystemException(Errno.ENAMETOOLONG);
        }
        catch (IOException e)
        {
            throw new FileSystemException(ErrnoOf(e));
        }
        catch (ArgumentException)
        {
            throw new FileSystemException(Errno.EINVAL);
        }
    }

    /// <summary>
    /// On Unix .NET puts the raw errno in <see cref="Exception.HResult"/>; on Windows it is an HRESULT wrapping a
    /// Win32 error, of which the common ones are translated.
    /// </summary>
    private static int ErrnoOf(IOException e)
    {
        int h = e.HResult;
        if (h > 0 && h < 200)
        {
            return h;
        }

        return (h & 0xFFFF) switch
        {
            2 or 3 => Errno.ENOENT,
            5 or 32 or 33 => Errno.EACCES,
            80 or 183 => Errno.EEXIST,
            145 => Errno.ENOTEMPTY,
            112 => Errno.ENOSPC,
            _ => Errno.EIO,
        };
    }

    /// <summary>Append mode: every write goes to the end of the file, wherever the position was moved.</summary>
    private sealed class AppendStream : Stream
    {
        private readonly FileStream _inner;

        public AppendStream(FileStream inner)
        {
            _inner = inner;
            _inner.Seek(0, SeekOrigin.End);
        }

        public override bool CanRead => _inner.CanRead;

        public override bool CanSeek => true;

        public override bool CanWrite => true;

        public override long Length => _inner.Length;

        public override long Position
        {
            get => _inner.Position;
            set => _inner.Position = value;
        }

        public override void Flush() => _inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);

        public override long Seek(long offset, SeekOrigin origin) => _inner.Seek(offset, origin);

        public override void SetLength(long value) => _inner.SetLength(value);

        public override void Write(byte[] buffer, int offset, int count)
        {
            _inner.Seek(0, SeekOrigin.End);
            _inner.Write(buffer, offset, count);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
