// Routes of the decisions pages (placed inside the signed-in layout by app/App.tsx), each under RequireNav.

export const decisionRoutes = <></>;
