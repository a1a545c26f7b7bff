using System.IO;
using MicroPython.Runtime;

namespace MicroPython.Objects;

/// <summary><c>io.TextIOWrapper</c>: a file opened in text mode; reads give str (UTF-8 decoded), positions are in bytes.</summary>
public sealed class TextIOWrapperObject : OpenFileObject
{
    public static readonly TypeObject PyType = TypeObject.CreateBuiltin("TextIOWrapper", null, RegisterFileMethods);

    public TextIOWrapperObject(PyRuntime runtime, Stream stream)
        : base(PyType, runtime, stream, text: true)
    {
    }
}
