# errno: the codes OSError carries, and errorcode mapping them back to names
import errno, os

names = ['EPERM', 'ENOENT', 'EIO', 'EBADF', 'EAGAIN', 'ENOMEM', 'EACCES', 'EEXIST', 'ENODEV',
         'EISDIR', 'EINVAL', 'ENOSPC', 'EOPNOTSUPP', 'EADDRINUSE', 'ECONNABORTED', 'ECONNRESET',
         'ENOBUFS', 'ENOTCONN', 'ETIMEDOUT', 'ECONNREFUSED', 'EHOSTUNREACH', 'EALREADY', 'EINPROGRESS']
for name in names:
    code = getattr(errno, name)
    # CPython's errorcode names 95 by its alias ENOTSUP
    print(name, code, errno.errorcode[code] in (name, 'ENOTSUP'))
try:
    open('_no_such_file_for_errno')
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno])
try:
    os.mkdir('.')
except OSError as e:
    print(e.errno == errno.EEXIST)
