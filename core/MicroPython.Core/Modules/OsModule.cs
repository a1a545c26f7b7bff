using System;
using MicroPython.Io;
using MicroPython.Objects;
using MicroPython.Runtime;

namespace MicroPython.Modules;

/// <summary>
/// The filesystem half of the <c>os</c> module (MicroPython's VFS functions in <c>extmod/modos.c</c>): directory
/// listing, stat, mkdir/remove/rename/rmdir and the current directory, all on <see cref="PyRuntime.FileSystem"/>.
/// Host-specific parts of the unix port's <c>os</c> (getenv, system, urandom, …) belong to the port.
/// </summary>
public static class OsModule
{
    private const int DirectoryMode = 0x4000; // S_IFDIR
    private const int FileMode = 0x8000;      // S_IFREG

    public static ModuleObject Create(PyRuntime runtime)
    {
        var m = new ModuleObject("os");
        var g = m.Globals;
        g.SetItem("sep", new StrObject("/"));
        g.SetItem("getcwd", new BuiltinFunction("getcwd", () => StrObject.Create(Fs(runtime, fs => fs.GetCurrentDirectory()))));
        g.SetItem("chdir", PathFunction(runtime, "chdir", (fs, p) => fs.ChangeDirectory(p)));
        g.SetItem("mkdir", PathFunction(runtime, "mkdir", (fs, p) => fs.MakeDirectory(p)));
        g.SetItem("remove", PathFunction(runtime, "remove", (fs, p) => fs.Remove(p)));
        g.SetItem("unlink", PathFunction(runtime, "unlink", (fs, p) => fs.Remove(p)));
        g.SetItem("rmdir", PathFunction(runtime, "rmdir", (fs, p) => fs.RemoveDirectory(p)));
        g.SetItem("rename", new BuiltinFunction("rename", (from, to) =>
        {
            string a = Ops.ToStr(from), b = Ops.ToStr(to);
            Fs(runtime, fs =>
            {
                fs.Rename(a, b);
                return 0;
            });
            return NoneObject.None;
        }));
        g.SetItem("listdir", new BuiltinFunction("listdir", 0, 1, args =>
        {
            string path = args.Length > 0 ? Ops.ToStr(args[0]) : ".";
            var list = new ListObject();
            foreach (var name in Fs(runtime, fs => fs.ListDirectory(path)))
            {
                list.Append(StrObject.Create(name));
            }

            return list;
        }));
        g.SetItem("ilistdir", new BuiltinFunction("ilistdir", 0, 1, args =>
        {
            // (name, type, inode) tuples, the type being S_IFDIR or S_IFREG as MicroPython's VFS reports it.
            string path = args.Length > 0 ? Ops.ToStr(args[0]) : ".";
            var list = new ListObject();
            foreach (var name in Fs(runtime, fs => fs.ListDirectory(path)))
            {
                var st = Fs(runtime, fs => fs.Stat(path == "." ? name : path.TrimEnd('/') + "/" + name));
                list.Append(TupleObject.Create(StrObject.Create(name), IntObject.Get(st.IsDirectory ? DirectoryMode : FileMode), IntObject.Zero));
            }

            return list.GetIter();
        }));
        g.SetItem("stat", new BuiltinFunction("stat", path =>
        {
            string p = Ops.ToStr(path);
            var st = Fs(runtime, fs => fs.Stat(p));
            var mtime = IntObject.Get(st.ModifiedTime);
            return TupleObject.Create(new PyObject[]
            {
                IntObject.Get((st.IsDirectory ? DirectoryMode : FileMode) | (st.Permissions & 0xFFF)),
                IntObject.Zero, IntObject.Zero, IntObject.One, IntObject.Zero, IntObject.Zero,
                IntObject.Get(st.Size), mtime, mtime, mtime,
            });
        }));
        return m;
    }

    private static BuiltinFunction PathFunction(PyRuntime runtime, string name, Action<IFileSystem, string> op) =>
        new(name, path =>
        {
            string p = Ops.ToStr(path);
            Fs(runtime, fs =>
            {
                op(fs, p);
                return 0;
            });
            return NoneObject.None;
        });

    /// <summary>Runs a filesystem call, turning its failure into <c>OSError(errno)</c>.</summary>
    private static T Fs<T>(PyRuntime runtime, Func<IFileSystem, T> op)
    {
        var fs = runtime.RequireFileSystem();
        try
        {
            return op(fs);
        }
        catch (FileSystemException e)
        {
            throw Errors.OSError(e.Errno);
        }
    }
}
