using MicroPython.Objects;
using MicroPython.Runtime;

namespace MicroPython.Modules;

/// <summary>
/// The <c>errno</c> module: the error codes MicroPython names (the ones <c>OSError</c> prints as
/// <c>[Errno 2] ENOENT</c>) and <c>errorcode</c>, the number → name dict.
/// </summary>
public static class ErrnoModule
{
    public static ModuleObject Create(PyRuntime runtime)
    {
        var m = new ModuleObject("errno");
        var g = m.Globals;
        var errorcode = new DictObject();
        foreach (var (code, name) in Errno.Names)
        {
            g.SetItem(name, IntObject.Get(code));
            errorcode.SetItem(IntObject.Get(code), StrObject.Intern(name));
        }

        g.SetItem("errorcode", errorcode);
        return m;
    }
}
