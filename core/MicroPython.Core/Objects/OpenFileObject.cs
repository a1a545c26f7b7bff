using System.IO;
using System.Text;
using MicroPython.Runtime;

namespace MicroPython.Objects;

/// <summary>
/// A file returned by <c>open()</c>: a stream over the runtime's filesystem with a descriptor number (what
/// <c>fileno()</c> returns and the object prints: <c>&lt;io.TextIOWrapper 3&gt;</c>). The number is given back
/// when the file is closed. Text and binary files are the two concrete types.
/// </summary>
public abstract class OpenFileObject : StreamObject
{
    private readonly PyRuntime _runtime;

    protected OpenFileObject(TypeObject type, PyRuntime runtime, Stream stream, bool text)
        : base(type, stream, text)
    {
        _runtime = runtime;
        Fd = runtime.AllocateFd();
    }

    /// <summary>The descriptor number.</summary>
    public int Fd { get; }

    /// <summary>Adds the stream methods and <c>fileno()</c>.</summary>
    protected static void RegisterFileMethods(TypeObject type)
    {
        RegisterStreamMethods(type);
        type.SetAttrDirect("fileno", new BuiltinFunction("fileno", self =>
        {
            var f = (OpenFileObject)self.NativeSelf;
            _ = f.Stream; // closed files have no descriptor
            return IntObject.Get(f.Fd);
        }).AsMethodOf(type));
    }

    protected override bool WriteThrough => true;

    protected override void OnClose(Stream stream)
    {
        _runtime.ReleaseFd(Fd);
        stream.Dispose();
    }

    public override void Print(StringBuilder sb, bool repr) => sb.Append("<io.").Append(Type.Name).Append(' ').Append(Fd).Append('>');
}
