using System.IO;
using System.Text;
using MicroPython.Objects;

namespace MicroPython.Runtime;

/// <summary>A <see cref="TextWriter"/> that forwards to a Python object's <c>write</c> method (for <c>print(file=…)</c>-style output).</summary>
public sealed class PyWriterAdapter : TextWriter
{
    private static readonly StrObject s_write = StrObject.Intern("write");
    private readonly PyObject _target;

    public PyWriterAdapter(PyObject target) => _target = target;

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value) => Write(value.ToString());

    public override void Write(string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            Ops.CallMethod(_target, s_write, new PyObject[] { new StrObject(value) });
        }
    }
}
