import { useEffect, useRef, useState } from 'react';
import { Empty, Spin } from 'antd';
import type { EChartsOption } from 'echarts';
import { useNavigate } from 'react-router';

type Instance = ReturnType<(typeof import('./echarts.ts'))['echarts']['init']>;

interface Props {
  option: EChartsOption;
  height?: number;
  testId: string;
  /** Nothing to draw: an empty state instead of an empty frame. */
  empty?: boolean;
}

/**
 * One ECharts chart (SVG). A data item may carry `href`: clicking its bar, point or slice opens that page
 * (the list of records behind the figure).
 */
export function Chart({ option, height = 280, testId, empty }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<Instance | null>(null);
  const [ready, setReady] = useState(false);
  const navigate = useNavigate();

  useEffect(() => {
    if (empty) return;
    let disposed = false;
    let observer: ResizeObserver | undefined;
    void import('./echarts.ts').then(({ echarts }) => {
      if (disposed || !box.current) return;
      const c = echarts.init(box.current, undefined, { renderer: 'svg', locale: 'EN' });
      chart.current = c;
      c.on('click', (p) => {
        const data = p.data as { href?: string } | null | undefined;
        if (data && typeof data === 'object' && typeof data.href === 'string') void navigate(data.href);
      });
      observer = new ResizeObserver(() => c.resize());
      observer.observe(box.current);
      setReady(true);
    });
    return () => {
      disposed = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
      setReady(false);
    };
  }, [navigate, empty]);

  useEffect(() => {
    if (ready && chart.current) chart.current.setOption(option, { notMerge: true });
  }, [ready, option]);

  if (empty) return <Empty description="Chưa có số liệu" data-testid={`${testId}-empty`} />;
  return (
    <div style={{ position: 'relative' }}>
      <div ref={box} style={{ height, width: '100%' }} data-testid={testId} />
      {!ready && (
        <div style={{ position: 'absolute', inset: 0, display: 'grid', placeItems: 'center' }}>
          <Spin />
        </div>
      )}
    </div>
  );
}
