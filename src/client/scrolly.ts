/**
 * Scrollytelling enhancement. Without this script (or with reduced motion, or
 * in print) a story is a flat sequence: each step followed by its own chart.
 * With it, each step's chart moves into a sticky graphic and the step that
 * crosses the middle of the viewport decides which chart is shown. The active
 * step is computed from positions on every change, so fast scrolls, anchor
 * jumps (#step-3) and reloads mid-story always land on the right state.
 */
const reduce = matchMedia('(prefers-reduced-motion: reduce)');

function setup(section: HTMLElement) {
  const graphic = section.querySelector<HTMLElement>('.scrolly-graphic')!;
  const steps = [...section.querySelectorAll<HTMLElement>('.step')];
  const charts = steps.map((s) => s.querySelector<HTMLElement>('.step-chart')!);
  let active = -1;

  const show = (i: number) => {
    if (i === active) return;
    active = i;
    steps.forEach((s, j) => s.toggleAttribute('data-active', j === i));
    charts.forEach((c, j) => {
      c.toggleAttribute('data-active', j === i);
      c.setAttribute('aria-hidden', String(j !== i));
    });
  };

  const update = () => {
    // Flat reading (reduced motion, print): every chart stays visible to everyone.
    if (!section.classList.contains('is-enhanced')) return;
    const middle = innerHeight / 2;
    let i = 0;
    steps.forEach((s, j) => {
      if (s.getBoundingClientRect().top < middle) i = j;
    });
    const target = location.hash.match(/^#step-(\d+)$/);
    const hashed = target ? steps.findIndex((s) => s.id === target[0].slice(1)) : -1;
    // Right after an anchor jump the target step sits at the top: trust the hash.
    if (hashed >= 0 && Math.abs(steps[hashed]!.getBoundingClientRect().top) < 80) i = hashed;
    show(i);
  };

  const enhance = () => {
    section.classList.add('is-enhanced');
    charts.forEach((c) => graphic.append(c));
    active = -1;
    update();
  };
  const flatten = () => {
    section.classList.remove('is-enhanced');
    charts.forEach((c, i) => {
      steps[i]!.append(c);
      c.removeAttribute('aria-hidden');
    });
  };

  const observer = new IntersectionObserver(update, { rootMargin: '-50% 0px -50% 0px' });
  steps.forEach((s) => observer.observe(s));
  // A jump that moves no step across the middle (scrollbar drag, End key) fires no observer
  // callback: also check on scroll, at most once per frame.
  let queued = false;
  addEventListener('scroll', () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      update();
    });
  }, { passive: true });
  addEventListener('hashchange', update);
  addEventListener('resize', update);
  addEventListener('beforeprint', flatten);
  addEventListener('afterprint', () => !reduce.matches && enhance());
  reduce.addEventListener('change', () => (reduce.matches ? flatten() : enhance()));
  if (!reduce.matches) enhance();
}

document.querySelectorAll<HTMLElement>('[data-scrolly]').forEach(setup);
