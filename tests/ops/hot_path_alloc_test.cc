// The probe's contract: the per-message methods allocate nothing (series
// references are cached, label values are mapped to indices without
// building strings). Pinned by counting operator new on the calling thread;
// its own binary, so the replacement allocator touches no other test.
#include <gtest/gtest.h>
#include <prometheus/registry.h>

#include <cstdlib>
#include <new>

#include "metrics/metrics.h"

namespace {
thread_local bool counting = false;
thread_local long allocations = 0;
}  // namespace

void* operator new(std::size_t n) {
  if (counting) ++allocations;
  if (void* p = std::malloc(n == 0 ? 1 : n)) return p;
  throw std::bad_alloc();
}
void* operator new[](std::size_t n) { return operator new(n); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }

namespace newswire::metrics {
namespace {

class AllocationCounter {
 public:
  AllocationCounter() {
    allocations = 0;
    counting = true;
  }
  ~AllocationCounter() { counting = false; }
  long count() const { return allocations; }
};

TEST(HotPathAllocationTest, PerMessageMethodsDoNotAllocate) {
  prometheus::Registry registry;
  PipelineMetrics m(registry);
  long n;
  {
    AllocationCounter counter;
    for (int i = 0; i < 1000; ++i) {
      m.ArticleConsumed();
      m.EventProduced("CONDOLENCE", "ru");
      m.EventProduced("NOT_A_TYPE", "xx");  // the "other" path too
      m.AnalysisProduced();
      m.DeadLettered("invalid_utf8");
      m.DeadLettered("unknown_reason");
      m.ObserveProcessingSeconds(0.003 * i);
      m.ObserveEndToEndSeconds(1.5 * i);
      m.TransactionCommitted();
      m.TransactionAborted();
      m.SetProducerQueueDepth(i);
      m.Rebalance("assign");
      m.ConfigReload(i % 2 == 0);
    }
    n = counter.count();
  }
  EXPECT_EQ(n, 0) << "allocations on the hot path";
}

TEST(HotPathAllocationTest, CounterSeesAllocations) {
  // The instrument itself works: a std::string beyond SSO allocates.
  long n;
  {
    AllocationCounter counter;
    std::string s(100, 'x');
    n = counter.count();
  }
  EXPECT_GE(n, 1);
}

}  // namespace
}  // namespace newswire::metrics
