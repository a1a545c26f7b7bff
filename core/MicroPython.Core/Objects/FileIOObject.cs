using System.IO;
using MicroPython.Runtime;

namespace MicroPython.Objects;

/// <summary><c>io.FileIO</c>: a file opened in binary mode (<c>'b'</c>); reads give bytes.</summary>
public sealed class FileIOObject : OpenFileObject
{
    public static readonly TypeObject PyType = TypeObject.CreateBuiltin("FileIO", null, RegisterFileMethods);

    public FileIOObject(PyRuntime runtime, Stream stream)
        : base(PyType, runtime, stream, text: false)
    {
    }
}
