# Richards-style task scheduler: an idle task, a worker, two handlers and two devices exchange packets
# through a priority scheduler (tasks held, waiting, released; packets queued in linked lists). Exercises
# method calls, attribute access and small objects. The task logic is this suite's own.
# quick: 2
import sys

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = 0, 1, 2, 3, 4, 5
KIND_WORK, KIND_DEVICE = 0, 1


class Packet:
    def __init__(self, link, target, kind):
        self.link = link
        self.target = target
        self.origin = target
        self.kind = kind
        self.count = 0
        self.data = [0, 0, 0, 0]


def enqueue(packet, queue):
    packet.link = None
    if queue is None:
        return packet
    p = queue
    while p.link is not None:
        p = p.link
    p.link = packet
    return queue


class Task:
    def __init__(self, sched, ident, priority, queue):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.pending = queue is not None
        self.waiting = False
        self.held = False
        self.next = None

    def run(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, sched, count):
        Task.__init__(self, sched, IDLE, 0, None)
        self.seed = 1
        self.count = count

    def run(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.sched.hold()
        if self.seed & 1 == 0:
            self.seed >>= 1
            return self.sched.release(DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.sched.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, sched, queue):
        Task.__init__(self, sched, WORKER, 1000, queue)
        self.dest = HANDLER_A
        self.letter = 0

    def run(self, packet):
        if packet is None:
            return self.sched.wait()
        self.dest = HANDLER_B if self.dest == HANDLER_A else HANDLER_A
        packet.count = 0
        data = packet.data
        for i in range(4):
            self.letter = self.letter % 26 + 1
            data[i] = self.letter
        return self.sched.send(packet, self.dest)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue, device):
        Task.__init__(self, sched, ident, priority, queue)
        self.device = device
        self.work = None
        self.devices = None

    def run(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = enqueue(packet, self.work)
            else:
                self.devices = enqueue(packet, self.devices)
        work = self.work
        if work is not None:
            i = work.count
            if i >= 4:
                self.work = work.link
                return self.sched.send(work, work.origin)
            dev = self.devices
            if dev is not None:
                self.devices = dev.link
                dev.data[0] = work.data[i]
                work.count = i + 1
                return self.sched.send(dev, self.device)
        return self.sched.wait()


class DeviceTask(Task):
    def __init__(self, sched, ident, priority):
        Task.__init__(self, sched, ident, priority, None)
        self.holding = None
        self.output = 0

    def run(self, packet):
        if packet is None:
            p = self.holding
            if p is None:
                return self.sched.wait()
            self.holding = None
            return self.sched.send(p, p.origin)
        self.holding = packet
        self.output = (self.output * 7 + packet.data[0]) & 0xFFFFFF
        return self.sched.hold()


class Scheduler:
    def __init__(self):
        self.tasks = [None] * 6
        self.head = None
        self.current = None
        self.sends = 0
        self.holds = 0

    def add(self, task):
        self.tasks[task.ident] = task
        # Keep the task list sorted by descending priority.
        if self.head is None or task.priority > self.head.priority:
            task.next = self.head
            self.head = task
            return
        t = self.head
        while t.next is not None and t.next.priority > task.priority:
            t = t.next
        task.next = t.next
        t.next = task

    def wait(self):
        self.current.waiting = True
        return self.current

    def hold(self):
        self.holds += 1
        self.current.held = True
        return self.current.next

    def release(self, ident):
        t = self.tasks[ident]
        t.held = False
        if t.priority > self.current.priority:
            return t
        return self.current

    def send(self, packet, ident):
        t = self.tasks[ident]
        self.sends += 1
        packet.origin = self.current.ident
        if t.queue is None:
            packet.link = None
            t.queue = packet
            t.pending = True
            if t.priority > self.current.priority:
                return t
        else:
            t.queue = enqueue(packet, t.queue)
        return self.current

    def run(self):
        t = self.head
        while t is not None:
            if t.held or (t.waiting and not t.pending):
                t = t.next
                continue
            self.current = t
            packet = None
            if t.waiting:
                packet = t.queue
                t.queue = packet.link
                t.pending = t.queue is not None
                t.waiting = False
            t = t.run(packet)


def simulate(idle_count):
    s = Scheduler()
    s.add(IdleTask(s, idle_count))
    work = Packet(Packet(None, WORKER, KIND_WORK), WORKER, KIND_WORK)
    s.add(WorkerTask(s, work))
    for ident, prio, dev in ((HANDLER_A, 2000, DEVICE_A), (HANDLER_B, 3000, DEVICE_B)):
        q = Packet(Packet(Packet(None, dev, KIND_DEVICE), dev, KIND_DEVICE), dev, KIND_DEVICE)
        s.add(HandlerTask(s, ident, prio, q, dev))
    s.add(DeviceTask(s, DEVICE_A, 4000))
    s.add(DeviceTask(s, DEVICE_B, 5000))
    s.run()
    return s.sends, s.holds, s.tasks[DEVICE_A].output, s.tasks[DEVICE_B].output


def main(n):
    total = [0, 0, 0, 0]
    for rnd in range(n):
        r = simulate(5000 + rnd)
        for i in range(4):
            total[i] += r[i]
    return total


n = int(sys.argv[1]) if len(sys.argv) > 1 else 35
print("richards", n, *main(n))
